# A tiny stack-language interpreter: words, user definitions, conditionals, loops and error reporting.
class StackError(Exception):
    pass


class Forth:
    def __init__(self):
        self.stack = []
        self.words = {}
        self.out = []
        self.builtins = {
            "+": lambda: self.binop(lambda a, b: a + b),
            "-": lambda: self.binop(lambda a, b: a - b),
            "*": lambda: self.binop(lambda a, b: a * b),
            "/": lambda: self.binop(self.div),
            "mod": lambda: self.binop(lambda a, b: a % b),
            "=": lambda: self.binop(lambda a, b: -1 if a == b else 0),
            "<": lambda: self.binop(lambda a, b: -1 if a < b else 0),
            "dup": lambda: self.push(self.peek()),
            "drop": lambda: self.pop(),
            "swap": self.swap,
            "over": lambda: self.push(self.stack[-2] if len(self.stack) > 1 else self.fail("over")),
            ".": lambda: self.out.append(str(self.pop())),
        }

    def fail(self, word):
        raise StackError(f"stack underflow in {word!r}")

    def div(self, a, b):
        if b == 0:
            raise StackError("division by zero")
        return a // b

    def push(self, v):
        self.stack.append(v)

    def pop(self):
        if not self.stack:
            self.fail("pop")
        return self.stack.pop()

    def peek(self):
        if not self.stack:
            self.fail("dup")
        return self.stack[-1]

    def binop(self, f):
        b, a = self.pop(), self.pop()
        self.push(f(a, b))

    def swap(self):
        b, a = self.pop(), self.pop()
        self.push(b)
        self.push(a)

    def run(self, source):
        self.execute(source.lower().split())
        return self

    def execute(self, tokens):
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            if tok == ":":
                end = tokens.index(";", i)
                name = tokens[i + 1]
                if name.lstrip("-").isdigit():
                    raise StackError(f"cannot redefine number {name}")
                self.words[name] = tokens[i + 2:end]
                i = end + 1
                continue
            if tok == "if":
                depth, j = 0, i + 1
                while not (tokens[j] == "then" and depth == 0):
                    depth += {"if": 1, "then": -1}.get(tokens[j], 0)
                    j += 1
                body = tokens[i + 1:j]
                if "else" in body:
                    k = body.index("else")
                    yes, no = body[:k], body[k + 1:]
                else:
                    yes, no = body, []
                self.execute(yes if self.pop() != 0 else no)
                i = j + 1
                continue
            if tok == "times":
                n, body = self.pop(), self.words[tokens[i + 1]]
                for _ in range(n):
                    self.execute(body)
                i += 2
                continue
            if tok in self.words:
                self.execute(self.words[tok])
            elif tok in self.builtins:
                self.builtins[tok]()
            elif tok.lstrip("-").isdigit():
                self.push(int(tok))
            else:
                raise StackError(f"unknown word {tok!r}")
            i += 1


programs = [
    "1 2 + 3 * .",
    "10 3 - . 7 2 / . 7 2 mod .",
    ": square dup * ; 5 square . 12 square .",
    ": abs dup 0 < if -1 * then ; -8 abs . 8 abs .",
    ": sign dup 0 < if drop -1 else 0 = if 0 else 1 then then ; -5 sign . 0 sign . 9 sign .",
    ": inc 1 + ; 0 5 times inc .",
    "1 2 swap . . 3 4 over . . .",
    "1 +",
    "4 0 /",
    "1 2 frob",
    ": 5 6 ;",
    ": fact dup 1 < if drop 1 else dup 1 - fact * then ; 10 fact . 20 fact .",
]
for src in programs:
    f = Forth()
    try:
        f.run(src)
        print(f"{src!r:60} -> out={' '.join(f.out)} stack={f.stack}")
    except StackError as e:
        print(f"{src!r:60} -> error: {e} (out={f.out})")
