# A small template renderer: {{ var }} substitution with dotted lookup and
# filters, {% for %} / {% if %} blocks, and error reporting for bad templates.

class TemplateError(Exception):
    pass


FILTERS = {
    "upper": str.upper,
    "lower": str.lower,
    "title": str.title,
    "len": len,
    "money": lambda v: "${:,.2f}".format(v),
}


def lookup(ctx, expr):
    parts = [p.strip() for p in expr.split("|")]
    path, filters = parts[0], parts[1:]
    cur = ctx
    for key in path.split("."):
        if isinstance(cur, dict) and key in cur:
            cur = cur[key]
        elif hasattr(cur, key):
            cur = getattr(cur, key)
        elif key.isdigit() and isinstance(cur, (list, tuple)):
            cur = cur[int(key)]
        else:
            raise TemplateError("undefined: %s" % path)
    for f in filters:
        if f not in FILTERS:
            raise TemplateError("unknown filter %r" % f)
        cur = FILTERS[f](cur)
    return cur


def tokenize(src):
    out, i = [], 0
    while i < len(src):
        a, b = src.find("{{", i), src.find("{%", i)
        starts = [x for x in (a, b) if x != -1]
        if not starts:
            out.append(("text", src[i:]))
            break
        j = min(starts)
        if j > i:
            out.append(("text", src[i:j]))
        close = "}}" if src.startswith("{{", j) else "%}"
        k = src.find(close, j)
        if k == -1:
            raise TemplateError("unclosed tag at %d" % j)
        out.append(("var" if close == "}}" else "tag", src[j + 2:k].strip()))
        i = k + 2
    return out


def render_tokens(tokens, ctx):
    out, i = [], 0
    while i < len(tokens):
        kind, val = tokens[i]
        if kind == "text":
            out.append(val)
        elif kind == "var":
            out.append(str(lookup(ctx, val)))
        else:
            words = val.split()
            depth, j = 1, i + 1
            while j < len(tokens):
                if tokens[j][0] == "tag" and tokens[j][1].split()[0] in ("for", "if"):
                    depth += 1
                elif tokens[j][0] == "tag" and tokens[j][1].startswith("end"):
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            else:
                raise TemplateError("missing end for %r" % val)
            body = tokens[i + 1:j]
            if words[0] == "for":
                for item in lookup(ctx, words[3]):
                    out.append(render_tokens(body, dict(ctx, **{words[1]: item})))
            elif words[0] == "if":
                if lookup(ctx, words[1]):
                    out.append(render_tokens(body, ctx))
            else:
                raise TemplateError("unknown tag %r" % words[0])
            i = j
        i += 1
    return "".join(out)


def render(src, ctx):
    return render_tokens(tokenize(src), ctx)


class User:
    def __init__(self, name, balance):
        self.name, self.balance = name, balance


ctx = {"shop": {"name": "tea house"}, "user": User("ada lovelace", 1234.5),
       "items": [{"n": "sencha", "p": 12.0}, {"n": "oolong", "p": 18.25}], "vip": True, "empty": []}
tpl = ("Welcome to {{ shop.name | title }}, {{user.name|upper}}!\n"
       "{% for it in items %}- {{ it.n }}: {{ it.p | money }}\n{% endfor %}"
       "{% if vip %}VIP balance {{ user.balance | money }}{% endif %}{% if empty %}never{% endif %}\n"
       "{{ items | len }} items, first {{ items.0.n }}")
print(render(tpl, ctx))
print(tokenize("a{{x}}b{% if y %}c{% endif %}"))
for bad in ["{{ nope }}", "{{ user.name | shout }}", "{% for x in items %}x", "{{ open", "{% while x %}{% endwhile %}"]:
    try:
        print(render(bad, ctx))
    except TemplateError as e:
        print(type(e).__name__, e)
