# json_parse: hand-written JSON tokenizer and recursive-descent parser over a generated document
# ci-size: 2
import json
import random
import sys

WHITESPACE = " \t\n\r"
DIGITS = "0123456789"
SIMPLE_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b",
                  "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
PUNCTUATION = "{}[]:,"
LITERALS = {"true": True, "false": False, "null": None}


class JSONError(Exception):
    pass


def tokenize(text):
    """Flat list of (kind, value) pairs; kind is a punctuation character,
    'str', 'num' or 'lit'."""
    tokens = []
    append = tokens.append
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c in WHITESPACE:
            i += 1
        elif c in PUNCTUATION:
            append((c, None))
            i += 1
        elif c == '"':
            value, i = scan_string(text, i + 1)
            append(("str", value))
        elif c == "-" or c in DIGITS:
            value, i = scan_number(text, i)
            append(("num", value))
        else:
            for word, value in LITERALS.items():
                if text.startswith(word, i):
                    append(("lit", value))
                    i += len(word)
                    break
            else:
                raise JSONError("unexpected %r at %d" % (c, i))
    append(("end", None))
    return tokens


def scan_string(text, i):
    parts = []
    start = i
    while True:
        c = text[i]
        if c == '"':
            parts.append(text[start:i])
            return "".join(parts), i + 1
        if c == "\\":
            parts.append(text[start:i])
            kind = text[i + 1]
            if kind == "u":
                code = int(text[i + 2:i + 6], 16)
                i += 6
                # Characters beyond the BMP arrive as a surrogate pair.
                if 0xD800 <= code < 0xDC00 and text.startswith("\\u", i):
                    low = int(text[i + 2:i + 6], 16)
                    if 0xDC00 <= low < 0xE000:
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        i += 6
                parts.append(chr(code))
            else:
                parts.append(SIMPLE_ESCAPES[kind])
                i += 2
            start = i
        elif c < " ":
            raise JSONError("control character in string at %d" % i)
        else:
            i += 1


def scan_number(text, i):
    start = i
    if text[i] == "-":
        i += 1
    while i < len(text) and text[i] in DIGITS:
        i += 1
    is_float = False
    if i < len(text) and text[i] == ".":
        is_float = True
        i += 1
        while i < len(text) and text[i] in DIGITS:
            i += 1
    if i < len(text) and text[i] in "eE":
        is_float = True
        i += 1
        if text[i] in "+-":
            i += 1
        while i < len(text) and text[i] in DIGITS:
            i += 1
    literal = text[start:i]
    return (float(literal) if is_float else int(literal)), i


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def expect(self, kind):
        token = self.tokens[self.pos]
        if token[0] != kind:
            raise JSONError("expected %r, found %r" % (kind, token[0]))
        self.pos += 1
        return token

    def value(self):
        kind, value = self.tokens[self.pos]
        if kind == "{":
            return self.object()
        if kind == "[":
            return self.array()
        if kind in ("str", "num", "lit"):
            self.pos += 1
            return value
        raise JSONError("unexpected token %r" % kind)

    def object(self):
        self.expect("{")
        result = {}
        if self.tokens[self.pos][0] == "}":
            self.pos += 1
            return result
        while True:
            key = self.expect("str")[1]
            self.expect(":")
            result[key] = self.value()
            if self.tokens[self.pos][0] == ",":
                self.pos += 1
            else:
                self.expect("}")
                return result

    def array(self):
        self.expect("[")
        result = []
        if self.tokens[self.pos][0] == "]":
            self.pos += 1
            return result
        while True:
            result.append(self.value())
            if self.tokens[self.pos][0] == ",":
                self.pos += 1
            else:
                self.expect("]")
                return result

    def document(self):
        result = self.value()
        self.expect("end")
        return result


def parse(text):
    return Parser(tokenize(text)).document()


# Characters chosen to force every kind of escape json.dumps can emit.
ALPHABET = list("abcdefghijklmnopqrstuvwxyz ABCDEFXYZ0123456789") + [
    '"', "\\", "/", "\n", "\t", "\r", "\b", "\f", "\x01", "\x1f",
    "\u00e9", "\u00fc", "\u03bb", "\u4e2d", "\U0001f600", "\U0001d11e"]
KEYS = ["id", "name", "value", "items", "tags", "meta", "score", "flag",
        "children", "note", "x", "y", "z", "weight"]


def random_string(rng):
    return "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 14)))


def random_number(rng):
    roll = rng.random()
    if roll < 0.4:
        return rng.randint(-1000, 100000)
    if roll < 0.5:
        return rng.randint(-10 ** 22, 10 ** 22)
    if roll < 0.85:
        return round(rng.uniform(-1000.0, 1000.0), rng.randint(0, 6))
    return rng.uniform(-1.0, 1.0) * 10.0 ** rng.randint(-30, 30)


def random_value(rng, depth):
    roll = rng.random()
    if depth < 5 and roll < 0.2:
        return {rng.choice(KEYS) + str(rng.randint(0, 20)): random_value(rng, depth + 1)
                for _ in range(rng.randint(0, 6))}
    if depth < 5 and roll < 0.35:
        return [random_value(rng, depth + 1) for _ in range(rng.randint(0, 7))]
    if roll < 0.6:
        return random_string(rng)
    if roll < 0.9:
        return random_number(rng)
    return rng.choice([True, False, None])


def make_document(seed):
    rng = random.Random(seed)
    records = [random_value(rng, 1) for _ in range(600)]
    return {"version": 3, "records": records, "empty": {}, "nothing": []}


class Summary:
    def __init__(self):
        self.counts = dict.fromkeys(
            ["object", "array", "string", "int", "float", "true", "false", "null"], 0)
        self.int_sum = 0
        self.float_sum = 0.0
        self.string_chars = 0
        self.code_sum = 0

    def visit(self, value):
        # bool is tested before int because True is an int too.
        if value is True:
            self.counts["true"] += 1
        elif value is False:
            self.counts["false"] += 1
        elif value is None:
            self.counts["null"] += 1
        elif isinstance(value, dict):
            self.counts["object"] += 1
            for key, item in value.items():
                self.visit_string(key)
                self.visit(item)
        elif isinstance(value, list):
            self.counts["array"] += 1
            for item in value:
                self.visit(item)
        elif isinstance(value, str):
            self.counts["string"] += 1
            self.visit_string(value)
        elif isinstance(value, int):
            self.counts["int"] += 1
            self.int_sum += value
        else:
            self.counts["float"] += 1
            self.float_sum += value

    def visit_string(self, text):
        self.string_chars += len(text)
        for position, char in enumerate(text):
            self.code_sum = (self.code_sum * 31 + ord(char) * (position + 1)) % 1000000007


def main():
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 120
    document = make_document(31337)
    # Compact and indented forms exercise different whitespace paths.
    texts = [json.dumps(document), json.dumps(document, indent=2)]
    for text in texts:
        if parse(text) != json.loads(text):
            raise RuntimeError("parser disagrees with json.loads")
    token_total = 0
    for i in range(repeats):
        text = texts[i % 2]
        tokens = tokenize(text)
        token_total += len(tokens)
        result = Parser(tokens).document()
    summary = Summary()
    summary.visit(result)
    print("input bytes:", len(texts[0]), len(texts[1]))
    print("tokens parsed:", token_total)
    for kind, count in summary.counts.items():
        print("%-6s %d" % (kind, count))
    print("int sum:", summary.int_sum)
    print("float sum:", repr(summary.float_sum))
    print("string chars:", summary.string_chars)
    print("string hash:", summary.code_sum)


if __name__ == "__main__":
    main()
