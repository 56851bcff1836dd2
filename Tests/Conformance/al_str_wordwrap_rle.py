# Word wrapping (greedy and justified), centering boxes, and run-length
# encoding / decoding of strings.

TEXT = ("Python is a high-level, general-purpose programming language. Its design "
        "philosophy emphasizes code readability with the use of significant indentation.")


def greedy_wrap(text, width):
    lines, cur = [], ""
    for word in text.split():
        if len(word) > width:
            if cur:
                lines.append(cur)
            while len(word) > width:
                lines.append(word[:width - 1] + "-")
                word = word[width - 1:]
            cur = word
        elif not cur:
            cur = word
        elif len(cur) + 1 + len(word) <= width:
            cur += " " + word
        else:
            lines.append(cur)
            cur = word
    if cur:
        lines.append(cur)
    return lines


def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    q, r = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (q + (1 if i < r else 0))
    return out + words[-1]


for width in [30, 20]:
    lines = greedy_wrap(TEXT, width)
    print("+" + "-" * width + "+")
    for i, ln in enumerate(lines):
        body = ln if i == len(lines) - 1 else justify(ln, width)
        print("|" + body.ljust(width) + "|")
    print("+" + "-" * width + "+")
print(greedy_wrap("supercalifragilisticexpialidocious is long", 10))
print("[" + "title".center(11, "*") + "]", "[" + "ab".center(5) + "]", "[" + "x".rjust(4, "0") + "]")


def rle_encode(s):
    if not s:
        return ""
    out = []
    prev, n = s[0], 1
    for ch in s[1:]:
        if ch == prev:
            n += 1
        else:
            out.append("%d%s" % (n, prev))
            prev, n = ch, 1
    out.append("%d%s" % (n, prev))
    return "".join(out)


def rle_decode(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            if not num:
                raise ValueError("missing count before %r" % ch)
            out.append(ch * int(num))
            num = ""
    if num:
        raise ValueError("dangling count %r" % num)
    return "".join(out)


for s in ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "", "aaaaaaaaaaaab", "ééé  !"]:
    e = rle_encode(s)
    print(repr(e), rle_decode(e) == s)
for bad in ["3a4", "ab", "10x2y"]:
    try:
        print(repr(rle_decode(bad)))
    except ValueError as e:
        print(type(e).__name__, e)
