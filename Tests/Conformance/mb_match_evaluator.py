# match statements: a small expression evaluator and simplifier over nested tuples, driven entirely by match.
def evaluate(expr, env):
    match expr:
        case int() | float() as n:
            return n
        case str(name):
            if name not in env:
                raise NameError(f"unbound variable {name!r}")
            return env[name]
        case ("+", a, b):
            return evaluate(a, env) + evaluate(b, env)
        case ("-", a):
            return -evaluate(a, env)
        case ("-", a, b):
            return evaluate(a, env) - evaluate(b, env)
        case ("*", a, b):
            return evaluate(a, env) * evaluate(b, env)
        case ("/", a, b):
            d = evaluate(b, env)
            if d == 0:
                raise ZeroDivisionError("division by zero in expression")
            return evaluate(a, env) / d
        case ("let", str(name), value, body):
            inner = dict(env)
            inner[name] = evaluate(value, env)
            return evaluate(body, inner)
        case ("if", cond, then, other):
            return evaluate(then if evaluate(cond, env) else other, env)
        case (op, *args):
            raise ValueError(f"unknown operator {op!r} with {len(args)} args")
        case _:
            raise TypeError(f"bad expression {expr!r}")

def simplify(expr):
    match expr:
        case ("+", 0, e) | ("+", e, 0):
            return simplify(e)
        case ("*", 1, e) | ("*", e, 1):
            return simplify(e)
        case ("*", 0, _) | ("*", _, 0):
            return 0
        case ("-", ("-", e)):
            return simplify(e)
        case (op, *args):
            return (op, *[simplify(a) for a in args])
        case leaf:
            return leaf

def show(expr):
    match expr:
        case (op, a, b):
            return f"({show(a)} {op} {show(b)})"
        case (op, a):
            return f"{op}{show(a)}"
        case _:
            return str(expr)

env = {"x": 3, "y": 4}
exprs = [
    ("+", 1, 2),
    ("*", ("+", "x", 1), ("-", "y")),
    ("/", 10, ("-", "y", "x")),
    ("let", "z", 5, ("*", "z", "z")),
    ("if", ("-", "x", 3), 100, 200),
    ("+", 0, ("*", 1, ("-", ("-", "x")))),
    ("*", ("+", "x", "y"), 0),
    ("/", 1, ("-", "x", "x")),
    ("+", "w", 1),
    ("%", 1, 2),
    [1, 2],
]
for e in exprs:
    s = simplify(e)
    try:
        print(show(e), "=>", show(s), "=", evaluate(e, env))
    except Exception as err:
        print(show(e), "=>", type(err).__name__, err)
