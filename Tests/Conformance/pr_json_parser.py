# A recursive-descent JSON parser written by hand: all value types, escapes, numbers, positions in error messages.
class JSONError(ValueError):
    def __init__(self, msg, text, pos):
        line = text.count("\n", 0, pos) + 1
        col = pos - (text.rfind("\n", 0, pos) + 1) + 1
        super().__init__(f"{msg}: line {line} column {col} (char {pos})")
        self.pos = pos


class Parser:
    ESC = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}

    def __init__(self, text):
        self.text, self.pos = text, 0

    def error(self, msg):
        raise JSONError(msg, self.text, self.pos)

    def ws(self):
        while self.pos < len(self.text) and self.text[self.pos] in " \t\r\n":
            self.pos += 1

    def parse(self):
        value = self.value()
        self.ws()
        if self.pos != len(self.text):
            self.error("Extra data")
        return value

    def value(self):
        self.ws()
        if self.pos >= len(self.text):
            self.error("Expecting value")
        ch = self.text[self.pos]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return val
        if ch == "-" or ch.isdigit():
            return self.number()
        self.error("Expecting value")

    def number(self):
        start = self.pos
        if self.text[self.pos] == "-":
            self.pos += 1
        digits = self.pos
        while self.pos < len(self.text) and self.text[self.pos].isdigit():
            self.pos += 1
        if self.pos == digits:
            self.error("Expecting value")
        is_float = False
        if self.pos < len(self.text) and self.text[self.pos] == ".":
            is_float = True
            self.pos += 1
            while self.pos < len(self.text) and self.text[self.pos].isdigit():
                self.pos += 1
        if self.pos < len(self.text) and self.text[self.pos] in "eE":
            is_float = True
            self.pos += 1
            if self.text[self.pos] in "+-":
                self.pos += 1
            while self.pos < len(self.text) and self.text[self.pos].isdigit():
                self.pos += 1
        lit = self.text[start:self.pos]
        return float(lit) if is_float else int(lit)

    def string(self):
        self.pos += 1
        out = []
        while True:
            if self.pos >= len(self.text):
                self.error("Unterminated string starting at")
            ch = self.text[self.pos]
            if ch == '"':
                self.pos += 1
                return "".join(out)
            if ch == "\\":
                esc = self.text[self.pos + 1:self.pos + 2]
                if esc == "u":
                    out.append(chr(int(self.text[self.pos + 2:self.pos + 6], 16)))
                    self.pos += 6
                    continue
                if esc not in self.ESC:
                    self.error("Invalid \\escape")
                out.append(self.ESC[esc])
                self.pos += 2
                continue
            out.append(ch)
            self.pos += 1

    def seq(self, close, item):
        self.pos += 1
        self.ws()
        if self.text[self.pos:self.pos + 1] == close:
            self.pos += 1
            return
        while True:
            item()
            self.ws()
            ch = self.text[self.pos:self.pos + 1]
            self.pos += 1
            if ch == close:
                return
            if ch != ",":
                self.pos -= 1
                self.error(f"Expecting ',' delimiter")

    def arr(self):
        out = []
        self.seq("]", lambda: out.append(self.value()))
        return out

    def obj(self):
        out = {}

        def member():
            self.ws()
            if self.text[self.pos:self.pos + 1] != '"':
                self.error("Expecting property name enclosed in double quotes")
            key = self.string()
            self.ws()
            if self.text[self.pos:self.pos + 1] != ":":
                self.error("Expecting ':' delimiter")
            self.pos += 1
            out[key] = self.value()

        self.seq("}", member)
        return out


doc = '{"name": "Ada\\nLovelace", "born": 1815, "ratio": -1.5e3, "tags": ["math", "\\u00e9crit"],\n "alive": false, "spouse": null, "nested": {"a": [[], {}], "b": true}}'
data = Parser(doc).parse()
print(data)
print(sorted(data), data["nested"]["a"], repr(data["name"]))
for text in ["[1, 2, 3]", '"\\t\\"q\\""', "  42  ", "-0", "3.25", "1E2", "[]", "{}", "[[[true]]]"]:
    print(repr(text), "->", repr(Parser(text).parse()))
for bad in ["", "[1, 2", "[1 2]", '{"a" 1}', "{a: 1}", '"open', "tru", "[1,]", "1 2", '"\\x"', "{\n  \"k\": ?\n}", "-"]:
    try:
        Parser(bad).parse()
    except JSONError as e:
        print(repr(bad), "JSONError:", e)
