# A hand-written scanner: numbers, identifiers, strings with escapes, operators, comments, line/column errors.
class Token:
    def __init__(self, kind, text, line, col):
        self.kind, self.text, self.line, self.col = kind, text, line, col

    def __repr__(self):
        return f"{self.kind}({self.text!r})@{self.line}:{self.col}"


class ScanError(Exception):
    def __init__(self, msg, line, col):
        super().__init__(f"{msg} at {line}:{col}")


KEYWORDS = {"let", "if", "else", "while", "fn", "return"}
OPERATORS = ["==", "!=", "<=", ">=", "->", "&&", "||", "+", "-", "*", "/", "=", "<", ">", "(", ")", "{", "}", ",", ";"]
ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}


def scan(src):
    i, line, col = 0, 1, 1
    tokens = []

    def advance(n=1):
        nonlocal i, line, col
        for _ in range(n):
            if src[i] == "\n":
                line, col = line + 1, 1
            else:
                col += 1
            i += 1

    while i < len(src):
        c = src[i]
        start_line, start_col = line, col
        if c in " \t\n":
            advance()
        elif c == "#":
            while i < len(src) and src[i] != "\n":
                advance()
        elif c.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            if text.count(".") > 1:
                raise ScanError(f"malformed number {text!r}", line, col)
            tokens.append(Token("FLOAT" if "." in text else "INT", text, line, col))
            advance(j - i)
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            tokens.append(Token("KW" if word in KEYWORDS else "IDENT", word, line, col))
            advance(j - i)
        elif c == '"':
            advance()
            chars = []
            while True:
                if i >= len(src) or src[i] == "\n":
                    raise ScanError("unterminated string", start_line, start_col)
                if src[i] == '"':
                    advance()
                    break
                if src[i] == "\\":
                    advance()
                    if i >= len(src) or src[i] not in ESCAPES:
                        raise ScanError(f"bad escape \\{src[i] if i < len(src) else ''}", line, col)
                    chars.append(ESCAPES[src[i]])
                else:
                    chars.append(src[i])
                advance()
            tokens.append(Token("STR", "".join(chars), start_line, start_col))
        else:
            for op in OPERATORS:
                if src.startswith(op, i):
                    tokens.append(Token("OP", op, line, col))
                    advance(len(op))
                    break
            else:
                raise ScanError(f"unexpected character {c!r}", line, col)
    tokens.append(Token("EOF", "", line, col))
    return tokens


program = '''let x = 42;   # the answer
fn add(a, b) -> a + b
if x >= 10 && y != 3.5 { print("hi\\tthere\\n") }
while (n_1<=0) { n_1 = n_1 - 1; }'''
for tok in scan(program):
    print(tok)
counts = {}
for tok in scan(program):
    counts[tok.kind] = counts.get(tok.kind, 0) + 1
print(sorted(counts.items()))
for bad in ['x = "open', "1.2.3 + 4", "a @ b", 'say "\\q"', "ok\n  $"]:
    try:
        scan(bad)
    except ScanError as e:
        print("ScanError:", e)
