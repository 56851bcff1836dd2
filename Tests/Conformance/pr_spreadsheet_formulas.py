# A spreadsheet with recursive formula evaluation: a small expression parser, cell refs, ranges, SUM/MAX, cycle errors.
class CellError(Exception):
    pass


class CycleError(CellError):
    pass


class Sheet:
    def __init__(self):
        self.raw = {}
        self.cache = {}

    def set(self, ref, value):
        self.raw[ref.upper()] = value
        self.cache.clear()

    def get(self, ref, _stack=()):
        ref = ref.upper()
        if ref in _stack:
            raise CycleError("cycle: " + " -> ".join(_stack + (ref,)))
        if ref in self.cache:
            return self.cache[ref]
        raw = self.raw.get(ref, 0)
        if isinstance(raw, str) and raw.startswith("="):
            value = Parser(raw[1:], self, _stack + (ref,)).parse()
        else:
            value = raw
        self.cache[ref] = value
        return value


def expand(a, b):
    c0, r0, c1, r1 = a[0], int(a[1:]), b[0], int(b[1:])
    return [f"{chr(c)}{r}" for c in range(ord(c0), ord(c1) + 1) for r in range(r0, r1 + 1)]


FUNCS = {"SUM": sum, "MAX": max, "MIN": min, "AVG": lambda xs: sum(xs) / len(xs), "COUNT": len}


class Parser:
    def __init__(self, text, sheet, stack):
        self.toks = self.tokenize(text)
        self.i = 0
        self.sheet, self.stack = sheet, stack

    @staticmethod
    def tokenize(text):
        toks, i = [], 0
        while i < len(text):
            ch = text[i]
            if ch.isspace():
                i += 1
            elif ch.isdigit() or ch == ".":
                j = i
                while j < len(text) and (text[j].isdigit() or text[j] == "."):
                    j += 1
                toks.append(float(text[i:j]) if "." in text[i:j] else int(text[i:j]))
                i = j
            elif ch.isalpha():
                j = i
                while j < len(text) and text[j].isalnum():
                    j += 1
                toks.append(text[i:j].upper())
                i = j
            elif ch in "+-*/():,":
                toks.append(ch)
                i += 1
            else:
                raise CellError(f"bad character {ch!r}")
        return toks

    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else None

    def take(self, expected=None):
        tok = self.peek()
        if expected is not None and tok != expected:
            raise CellError(f"expected {expected!r}, got {tok!r}")
        self.i += 1
        return tok

    def parse(self):
        v = self.expr()
        if self.peek() is not None:
            raise CellError(f"unexpected {self.peek()!r}")
        return v

    def expr(self):
        v = self.term()
        while self.peek() in ("+", "-"):
            v = v + self.term() if self.take() == "+" else v - self.term()
        return v

    def term(self):
        v = self.factor()
        while self.peek() in ("*", "/"):
            if self.take() == "*":
                v *= self.factor()
            else:
                d = self.factor()
                if d == 0:
                    raise CellError("#DIV/0!")
                v /= d
        return v

    def factor(self):
        tok = self.take()
        if tok == "-":
            return -self.factor()
        if tok == "(":
            v = self.expr()
            self.take(")")
            return v
        if isinstance(tok, (int, float)):
            return tok
        if isinstance(tok, str) and tok in FUNCS:
            self.take("(")
            vals = self.args()
            self.take(")")
            return FUNCS[tok](vals)
        if isinstance(tok, str) and tok[:1].isalpha():
            return self.sheet.get(tok, self.stack)
        raise CellError(f"unexpected token {tok!r}")

    def args(self):
        vals = []
        while True:
            tok = self.peek()
            if isinstance(tok, str) and tok[:1].isalpha() and tok not in FUNCS and self.toks[self.i + 1:self.i + 2] == [":"]:
                a = self.take()
                self.take(":")
                vals.extend(self.sheet.get(r, self.stack) for r in expand(a, self.take()))
            else:
                vals.append(self.expr())
            if self.peek() != ",":
                return vals
            self.take(",")


s = Sheet()
for ref, v in {"A1": 10, "A2": 20, "A3": 30.5, "B1": "=A1*2", "B2": "=A2+B1", "B3": "=SUM(A1:A3)",
               "C1": "=MAX(A1:B3, 100) - MIN(A1, B1)", "C2": "=(A1 + A2) / (A3 - 30.5 + 2)",
               "C3": "=AVG(A1:A2) * -COUNT(A1:B3)", "D1": "=Z9 + 1"}.items():
    s.set(ref, v)
for ref in ["A1", "B1", "B2", "B3", "C1", "C2", "C3", "D1"]:
    print(ref, s.get(ref))
s.set("A1", 1)
print("after edit:", s.get("B2"), s.get("B3"), s.get("C1"))
for ref, formula in [("E1", "=E2"), ("E2", "=E3+1"), ("E3", "=E1"), ("F1", "=1/(A1-1)"), ("F2", "=2 +"),
                     ("F3", "=(1+2"), ("F4", "=3 $ 4"), ("F5", "=1 2")]:
    s.set(ref, formula)
for ref in ["E1", "F1", "F2", "F3", "F4", "F5"]:
    try:
        print(ref, s.get(ref))
    except CycleError as e:
        print(ref, "CycleError:", e)
    except CellError as e:
        print(ref, "CellError:", e)
