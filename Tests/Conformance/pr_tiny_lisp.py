# A tiny Lisp interpreter: tokenizer, reader, environments with closures, special forms, recursion and errors.
class LispError(Exception):
    pass


def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").replace("'", " ' ").split()


def read(tokens):
    if not tokens:
        raise LispError("unexpected EOF")
    tok = tokens.pop(0)
    if tok == "(":
        out = []
        while tokens and tokens[0] != ")":
            out.append(read(tokens))
        if not tokens:
            raise LispError("missing )")
        tokens.pop(0)
        return out
    if tok == ")":
        raise LispError("unexpected )")
    if tok == "'":
        return ["quote", read(tokens)]
    for conv in (int, float):
        try:
            return conv(tok)
        except ValueError:
            pass
    return tok


class Scope:
    def __init__(self, names=(), values=(), outer=None):
        self.vars = dict(zip(names, values))
        self.outer = outer

    def find(self, name):
        scope = self
        while scope is not None:
            if name in scope.vars:
                return scope
            scope = scope.outer
        raise LispError(f"unbound symbol: {name}")


class Lambda:
    def __init__(self, params, body, scope, name="lambda"):
        self.params, self.body, self.scope, self.name = params, body, scope, name

    def __call__(self, *args):
        if len(args) != len(self.params):
            raise LispError(f"{self.name} expects {len(self.params)} args, got {len(args)}")
        return evaluate(self.body, Scope(self.params, args, self.scope))

    def __repr__(self):
        return f"<lambda {self.name}/{len(self.params)}>"


def builtins():
    def div(a, b):
        if b == 0:
            raise LispError("division by zero")
        return a // b if isinstance(a, int) and isinstance(b, int) else a / b
    g = Scope()
    g.vars.update({
        "+": lambda *a: sum(a), "-": lambda a, b=None: -a if b is None else a - b, "*": lambda a, b: a * b,
        "/": div, "<": lambda a, b: a < b, "=": lambda a, b: a == b, "list": lambda *a: list(a),
        "car": lambda l: l[0], "cdr": lambda l: l[1:], "cons": lambda a, l: [a] + l, "null?": lambda l: l == [],
        "length": len,
    })
    return g


def evaluate(x, scope):
    while True:
        if isinstance(x, str):
            return scope.find(x).vars[x]
        if not isinstance(x, list):
            return x
        if not x:
            raise LispError("cannot evaluate ()")
        op, *args = x
        if op == "quote":
            return args[0]
        if op == "if":
            test, then, alt = args
            x = then if evaluate(test, scope) not in (False, []) else alt
            continue
        if op == "define":
            name, expr = args
            value = evaluate(expr, scope)
            if isinstance(value, Lambda) and value.name == "lambda":
                value.name = name
            scope.vars[name] = value
            return None
        if op == "lambda":
            return Lambda(args[0], args[1], scope)
        if op == "begin":
            for e in args[:-1]:
                evaluate(e, scope)
            x = args[-1]
            continue
        fn = evaluate(op, scope)
        vals = [evaluate(a, scope) for a in args]
        if isinstance(fn, Lambda):
            if len(vals) != len(fn.params):
                raise LispError(f"{fn.name} expects {len(fn.params)} args, got {len(vals)}")
            x, scope = fn.body, Scope(fn.params, vals, fn.scope)
            continue
        if not callable(fn):
            raise LispError(f"not a procedure: {fn!r}")
        try:
            return fn(*vals)
        except TypeError as e:
            raise LispError(f"bad call to {op}") from e


def to_str(v):
    if isinstance(v, list):
        return "(" + " ".join(map(to_str, v)) + ")"
    if v is True or v is False:
        return "#t" if v else "#f"
    return str(v)


G = builtins()
programs = [
    "(+ 1 2 3)", "(define sq (lambda (x) (* x x)))", "(sq 12)", "sq",
    "(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))", "(fact 25)",
    "(define make-adder (lambda (n) (lambda (x) (+ x n))))", "((make-adder 10) 5)",
    "(define loop (lambda (n acc) (if (= n 0) acc (loop (- n 1) (+ acc n)))))", "(loop 5000 0)",
    "(define map (lambda (f l) (if (null? l) '() (cons (f (car l)) (map f (cdr l))))))", "(map sq '(1 2 3 4))",
    "(begin (define x 7) (define y 3) (list x y (/ x y) (/ 7.0 2)))", "(car '((a b) c))", "(length '(1 2 3))",
    "(undefined 1)", "(/ 1 0)", "(sq 1 2)", "(1 2)", "(car)", "(+ 1", ")", "()",
]
for src in programs:
    try:
        print(f"{src} => {to_str(evaluate(read(tokenize(src)), G))}")
    except LispError as e:
        cause = f" (caused by {type(e.__cause__).__name__})" if e.__cause__ else ""
        print(f"{src} => LispError: {e}{cause}")
