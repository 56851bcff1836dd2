# A markdown-to-plain-text converter: headings (underlined), emphasis
# stripping, links to footnotes, bullet/numbered lists, code blocks, quotes.

DOC = """# Tiercel Notes

Tiercel runs **Python** code with *minimal* fuss.
See [the docs](https://example.org/docs) and [issues](https://example.org/issues).

## Features

- fast `startup`
- small *memory* use
  - nested item
1. first step
2. second step with **bold** text

> Quoted wisdom
> spans lines.

```
def f(x):
    return x * 2
```

Trailing paragraph with `inline code` and a [link](https://example.org/docs)."""


def strip_inline(line, links):
    out, i = [], 0
    while i < len(line):
        if line.startswith("**", i):
            j = line.find("**", i + 2)
            if j != -1:
                out.append(line[i + 2:j])
                i = j + 2
                continue
        if line[i] in "*`":
            j = line.find(line[i], i + 1)
            if j != -1:
                out.append(line[i + 1:j])
                i = j + 1
                continue
        if line[i] == "[":
            j = line.find("](", i)
            k = line.find(")", j) if j != -1 else -1
            if j != -1 and k != -1:
                url = line[j + 2:k]
                if url not in links:
                    links.append(url)
                out.append("%s[%d]" % (line[i + 1:j], links.index(url) + 1))
                i = k + 1
                continue
        out.append(line[i])
        i += 1
    return "".join(out)


def convert(md):
    out, links = [], []
    in_code = False
    for raw in md.split("\n"):
        if raw.startswith("```"):
            in_code = not in_code
            continue
        if in_code:
            out.append("    | " + raw)
            continue
        stripped = raw.lstrip()
        indent = (len(raw) - len(stripped)) // 2
        if raw.startswith("#"):
            level = len(raw) - len(raw.lstrip("#"))
            title = strip_inline(raw[level:].strip(), links)
            out.append(title.upper() if level == 1 else title)
            out.append(("=" if level == 1 else "-") * len(title))
        elif stripped.startswith("- "):
            out.append("  " * indent + "* " + strip_inline(stripped[2:], links))
        elif stripped[:1].isdigit() and ". " in stripped[:4]:
            num, rest = stripped.split(". ", 1)
            out.append("  " * indent + "(%s) %s" % (num, strip_inline(rest, links)))
        elif raw.startswith(">"):
            out.append('  "' + strip_inline(raw[1:].strip(), links) + '"')
        else:
            out.append(strip_inline(raw, links))
    if in_code:
        raise ValueError("unterminated code block")
    if links:
        out.append("")
        out.extend("[%d] %s" % (n, u) for n, u in enumerate(links, 1))
    return "\n".join(out)


print(convert(DOC))
print(repr(strip_inline("a ** b * c `d", [])))
try:
    convert("```\nno end")
except ValueError as e:
    print(type(e).__name__, e)
