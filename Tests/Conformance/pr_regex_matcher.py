# A hand-written regex matcher: literals, '.', '*', '+', '?', anchors, character classes, and a pattern compiler error.
class PatternError(ValueError):
    pass


def parse(pattern):
    """Turn the pattern into a list of (matcher, quantifier) pairs."""
    items, i = [], 0
    while i < len(pattern):
        ch = pattern[i]
        if ch in "*+?":
            raise PatternError(f"nothing to repeat at position {i}")
        if ch == "[":
            end = pattern.find("]", i + 1)
            if end == -1:
                raise PatternError(f"unterminated character set at position {i}")
            body = pattern[i + 1:end]
            negate = body.startswith("^")
            if negate:
                body = body[1:]
            chars = set()
            j = 0
            while j < len(body):
                if j + 2 < len(body) and body[j + 1] == "-":
                    chars.update(chr(c) for c in range(ord(body[j]), ord(body[j + 2]) + 1))
                    j += 3
                else:
                    chars.add(body[j])
                    j += 1
            matcher = (lambda cs, neg: lambda c: (c in cs) != neg)(chars, negate)
            i = end + 1
        elif ch == "\\":
            if i + 1 >= len(pattern):
                raise PatternError("trailing backslash")
            lit = pattern[i + 1]
            matcher = (lambda l: lambda c: c == l)(lit)
            i += 2
        else:
            matcher = (lambda l: lambda c: l == "." or c == l)(ch)
            i += 1
        quant = ""
        if i < len(pattern) and pattern[i] in "*+?":
            quant = pattern[i]
            i += 1
        items.append((matcher, quant))
    return items


def match_here(items, text, pos, anchored_end):
    if not items:
        return pos if (not anchored_end or pos == len(text)) else None
    (m, q), rest = items[0], items[1:]
    if q == "":
        if pos < len(text) and m(text[pos]):
            return match_here(rest, text, pos + 1, anchored_end)
        return None
    lo, hi = {"*": (0, None), "+": (1, None), "?": (0, 1)}[q]
    count = 0
    while pos + count < len(text) and (hi is None or count < hi) and m(text[pos + count]):
        count += 1
    while count >= lo:
        end = match_here(rest, text, pos + count, anchored_end)
        if end is not None:
            return end
        count -= 1
    return None


def search(pattern, text):
    anchored_start = pattern.startswith("^")
    anchored_end = pattern.endswith("$") and not pattern.endswith("\\$")
    core = pattern[1 if anchored_start else 0:len(pattern) - 1 if anchored_end else len(pattern)]
    items = parse(core)
    for start in range(len(text) + 1):
        end = match_here(items, text, start, anchored_end)
        if end is not None:
            return (start, end, text[start:end])
        if anchored_start:
            break
    return None


tests = [
    ("abc", "xxabcxx"), ("a.c", "abc adc"), ("ab*c", "ac abc abbbc"), ("ab+c", "ac"), ("ab+c", "xabbc"),
    ("colou?r", "my color"), ("colou?r", "my colour"), ("^hello", "hello world"), ("^world", "hello world"),
    ("world$", "hello world"), ("^a.*z$", "abcz"), ("^a.*z$", "abczq"), ("[0-9]+", "order 66 now"),
    ("[^a-z ]+", "abc DEF ghi"), ("[aeiou][aeiou]", "queue"), ("x*", "abc"), ("\\.txt$", "notes.txt"),
    ("a\\*b", "a*b"), (".*", ""), ("^$", ""), ("[A-Z][a-z]*", "say Hello"), ("a?a?aa", "aa"),
]
for pat, text in tests:
    print(f"{pat!r:14} {text!r:16} -> {search(pat, text)}")
for bad in ["*a", "a[bc", "ab\\", "a+*"]:
    try:
        search(bad, "abc")
    except PatternError as e:
        print(f"{bad!r}: PatternError: {e}")
