# Uncaught exception raised "from" another inside a nested call chain; output before the failure is kept.
class ParseError(Exception):
    def __init__(self, line, msg):
        super().__init__(f"line {line}: {msg}")
        self.line = line


def parse_line(n, text):
    try:
        key, value = text.split("=")
        return key.strip(), int(value)
    except ValueError as e:
        raise ParseError(n, f"cannot parse {text!r}") from e


def parse(lines):
    out = {}
    for n, text in enumerate(lines, 1):
        k, v = parse_line(n, text)
        out[k] = v
        print("parsed", k, v)
    return out


print(parse(["a = 1", "b=2"]))
parse(["x = 5", "y = seven", "z = 1"])
