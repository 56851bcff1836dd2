# template: a small compiled text-template engine ({{ }}, {% for %}, {% if %}) rendering table pages
# ci-size: 10
import hashlib
import random
import sys


class TemplateError(Exception):
    pass


def escape(text):
    return (text.replace("&", "&amp;").replace("<", "&lt;")
            .replace(">", "&gt;").replace('"', "&quot;"))


def money(cents):
    return "%d.%02d" % divmod(cents, 100)


FILTERS = {
    "escape": lambda value: escape(str(value)),
    "upper": lambda value: str(value).upper(),
    "title": lambda value: str(value).title(),
    "length": len,
    "money": money,
}


class Scope:
    """Variable lookup through nested loop scopes, innermost first."""

    def __init__(self, variables, parent=None):
        self.variables = variables
        self.parent = parent

    def lookup(self, path):
        scope = self
        head = path[0]
        while scope is not None:
            if head in scope.variables:
                value = scope.variables[head]
                break
            scope = scope.parent
        else:
            raise TemplateError("undefined name %r" % head)
        for part in path[1:]:
            value = value[part] if isinstance(value, dict) else getattr(value, part)
        return value


class Text:
    def __init__(self, text):
        self.text = text

    def render(self, scope, out):
        out.append(self.text)


class Variable:
    def __init__(self, expression):
        name, *filters = [part.strip() for part in expression.split("|")]
        self.path = name.split(".")
        self.filters = []
        for f in filters:
            if f not in FILTERS:
                raise TemplateError("unknown filter %r" % f)
            self.filters.append(FILTERS[f])

    def render(self, scope, out):
        value = scope.lookup(self.path)
        for f in self.filters:
            value = f(value)
        out.append(str(value))


class Loop:
    __slots__ = ("index", "first", "last")


class For:
    def __init__(self, name, path, body):
        self.name = name
        self.path = path
        self.body = body

    def render(self, scope, out):
        items = scope.lookup(self.path)
        loop = Loop()
        variables = {"loop": loop}
        inner = Scope(variables, scope)
        last = len(items) - 1
        for index, item in enumerate(items):
            variables[self.name] = item
            loop.index = index + 1
            loop.first = index == 0
            loop.last = index == last
            for node in self.body:
                node.render(inner, out)


class If:
    def __init__(self, path, negate, body):
        self.path = path
        self.negate = negate
        self.body = body
        self.otherwise = []

    def render(self, scope, out):
        if bool(scope.lookup(self.path)) != self.negate:
            nodes = self.body
        else:
            nodes = self.otherwise
        for node in nodes:
            node.render(scope, out)


def compile_template(source):
    """Turn source text into a list of nodes; a stack tracks open blocks."""
    root = []
    stack = [(None, root)]
    pos = 0
    while True:
        start = source.find("{", pos)
        while start != -1 and source[start + 1:start + 2] not in ("{", "%"):
            start = source.find("{", start + 1)
        if start == -1:
            if pos < len(source):
                stack[-1][1].append(Text(source[pos:]))
            break
        if start > pos:
            stack[-1][1].append(Text(source[pos:start]))
        closer = "}}" if source[start + 1] == "{" else "%}"
        end = source.find(closer, start + 2)
        if end == -1:
            raise TemplateError("unclosed tag at %d" % start)
        content = source[start + 2:end].strip()
        pos = end + 2
        if closer == "}}":
            stack[-1][1].append(Variable(content))
            continue
        words = content.split()
        keyword = words[0]
        if keyword == "for" and len(words) == 4 and words[2] == "in":
            node = For(words[1], words[3].split("."), [])
            stack[-1][1].append(node)
            stack.append((node, node.body))
        elif keyword == "if":
            negate = words[1] == "not"
            node = If(words[-1].split("."), negate, [])
            stack[-1][1].append(node)
            stack.append((node, node.body))
        elif keyword == "else":
            node = stack.pop()[0]
            if not isinstance(node, If):
                raise TemplateError("else outside if")
            stack.append((node, node.otherwise))
        elif keyword in ("endfor", "endif"):
            node = stack.pop()[0]
            expected = For if keyword == "endfor" else If
            if not isinstance(node, expected):
                raise TemplateError("mismatched %s" % keyword)
        else:
            raise TemplateError("unknown tag %r" % content)
    if len(stack) != 1:
        raise TemplateError("unclosed block")
    return root


def render(nodes, variables):
    out = []
    scope = Scope(variables)
    for node in nodes:
        node.render(scope, out)
    return "".join(out)


PAGE = """<html>
<head><title>{{ title | escape }}</title></head>
<body>
<h1>{{ title | upper }}</h1>
<p>Page {{ page }} of {{ pages }}, {{ rows | length }} rows.</p>
<table>
  <tr>{% for column in columns %}<th>{{ column | title }}</th>{% endfor %}</tr>
{% for row in rows %}  <tr class="{% if loop.first %}first{% else %}{% if loop.last %}last{% else %}middle{% endif %}{% endif %}">
    <td>{{ loop.index }}</td>
    <td>{{ row.name | escape }}</td>
    <td>{{ row.price | money }}</td>
    <td>{% if row.in_stock %}{{ row.stock }} left{% else %}sold out{% endif %}</td>
    <td>{% for tag in row.tags %}<span>{{ tag }}</span>{% if not loop.last %}, {% endif %}{% endfor %}</td>
    <td>{% if row.supplier %}{{ row.supplier.name | escape }} ({{ row.supplier.country }}){% else %}-{% endif %}</td>
  </tr>
{% endfor %}</table>
</body>
</html>
"""

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "so", "ta", "vi", "zu", "pe", "qua", "rix"]
TAGS = ["new", "sale", "eco", "fragile", "bulk", "gift", "import", "local"]


class Supplier:
    def __init__(self, name, country):
        self.name = name
        self.country = country


def make_rows(count, seed):
    rng = random.Random(seed)
    suppliers = [Supplier("Supplier <%d> & Sons" % i, rng.choice(["NL", "FR", "JP", "BR"]))
                 for i in range(12)]
    rows = []
    for i in range(count):
        name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()
        if rng.random() < 0.1:
            name += ' "deluxe"'
        stock = rng.randint(0, 40)
        rows.append({
            "name": name,
            "price": rng.randint(50, 250000),
            "in_stock": stock > 0,
            "stock": stock,
            "tags": rng.sample(TAGS, rng.randint(0, 3)),
            "supplier": rng.choice(suppliers) if rng.random() < 0.7 else None,
        })
    return rows


def main():
    pages = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    nodes = compile_template(PAGE)
    catalogue = make_rows(2000, 4711)
    columns = ["#", "name", "price", "stock", "tags", "supplier"]
    digest = hashlib.sha256()
    total_length = 0
    for page in range(pages):
        # Pages overlap and vary in size so no two renders are the same.
        start = (page * 37) % 1900
        rows = catalogue[start:start + 20 + page % 80]
        html = render(nodes, {"title": "Catalogue <page %d>" % (page + 1), "page": page + 1,
                              "pages": pages, "rows": rows, "columns": columns})
        total_length += len(html)
        digest.update(html.encode("utf-8"))
    print("pages:", pages)
    print("output length:", total_length)
    print("sha256:", digest.hexdigest())
    print(html[-200:])


if __name__ == "__main__":
    main()
