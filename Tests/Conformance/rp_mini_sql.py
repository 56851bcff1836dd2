# A tiny SQL-like query engine over lists of dicts: select / where / order by / group by.

class QueryError(Exception):
    pass


EMPLOYEES = [
    {"id": 1, "name": "Alice", "dept": "eng", "salary": 120, "age": 34},
    {"id": 2, "name": "Bob", "dept": "eng", "salary": 95, "age": 28},
    {"id": 3, "name": "Carol", "dept": "sales", "salary": 70, "age": 45},
    {"id": 4, "name": "Dan", "dept": "sales", "salary": 82, "age": 39},
    {"id": 5, "name": "Eve", "dept": "ops", "salary": 88, "age": 51},
    {"id": 6, "name": "Frank", "dept": "eng", "salary": 101, "age": 23},
    {"id": 7, "name": "Grace", "dept": "ops", "salary": None, "age": 30},
]

AGGREGATES = {
    "count": len,
    "sum": sum,
    "min": min,
    "max": max,
    "avg": lambda xs: round(sum(xs) / len(xs), 2) if xs else None,
}

OPS = {"=": lambda a, b: a == b, "!=": lambda a, b: a != b, "<": lambda a, b: a < b,
       ">": lambda a, b: a > b, "<=": lambda a, b: a <= b, ">=": lambda a, b: a >= b}


class Query:
    def __init__(self, rows):
        self.rows = rows
        self.filters = []
        self.order = []
        self.group = None
        self.cols = ["*"]
        self.max_rows = None

    def select(self, *cols):
        self.cols = list(cols)
        return self

    def where(self, field, op, value):
        if op not in OPS:
            raise QueryError(f"unknown operator {op!r}")
        self.filters.append((field, OPS[op], value))
        return self

    def order_by(self, *keys):
        self.order.extend(keys)
        return self

    def group_by(self, field):
        self.group = field
        return self

    def limit(self, n):
        self.max_rows = n
        return self

    def _match(self, row):
        for field, op, value in self.filters:
            v = row.get(field)
            if v is None or not op(v, value):
                return False
        return True

    def _project(self, rows):
        out = []
        for row in rows:
            if self.cols == ["*"]:
                out.append(dict(row))
                continue
            rec = {}
            for col in self.cols:
                if "(" in col:
                    rec[col] = row[col]
                elif col not in row:
                    raise QueryError(f"no column {col!r}")
                else:
                    rec[col] = row[col]
            out.append(rec)
        return out

    def _grouped(self, rows):
        groups = {}
        for row in rows:
            groups.setdefault(row[self.group], []).append(row)
        result = []
        for key, members in groups.items():
            rec = {self.group: key}
            for col in self.cols:
                if "(" in col:
                    fn, arg = col.rstrip(")").split("(")
                    vals = [m[arg] for m in members if arg == "*" or m.get(arg) is not None] if arg != "*" else members
                    rec[col] = AGGREGATES[fn](vals)
            result.append(rec)
        return result

    def run(self):
        rows = [r for r in self.rows if self._match(r)]
        if self.group:
            rows = self._grouped(rows)
        for key in reversed(self.order):
            desc = key.startswith("-")
            name = key.lstrip("-")
            rows.sort(key=lambda r: (r[name] is None, r[name] if r[name] is not None else 0), reverse=desc)
        rows = self._project(rows)
        return rows[:self.max_rows] if self.max_rows is not None else rows


def show(title, rows):
    print(f"== {title} ({len(rows)} rows)")
    if not rows:
        return
    cols = list(rows[0])
    widths = [max(len(c), *(len(str(r[c])) for r in rows)) for c in cols]
    print(" | ".join(c.ljust(w) for c, w in zip(cols, widths)))
    print("-+-".join("-" * w for w in widths))
    for r in rows:
        print(" | ".join(str(r[c]).rjust(w) if isinstance(r[c], (int, float)) else str(r[c]).ljust(w)
                         for c, w in zip(cols, widths)))


show("eng by salary", Query(EMPLOYEES).select("name", "salary").where("dept", "=", "eng").order_by("-salary").run())
show("older than 30", Query(EMPLOYEES).select("name", "age", "dept").where("age", ">", 30).order_by("dept", "-age").run())
show("per dept", Query(EMPLOYEES).select("dept", "count(*)", "sum(salary)", "avg(salary)", "max(age)").group_by("dept").order_by("dept").run())
show("top 2 paid", Query(EMPLOYEES).select("name", "salary").order_by("-salary").limit(2).run())
show("nobody", Query(EMPLOYEES).where("age", ">=", 99).run())
show("mid salaries", Query(EMPLOYEES).select("id", "name").where("salary", ">=", 80).where("salary", "<", 100).order_by("name").run())
for bad in (lambda: Query(EMPLOYEES).where("age", "~", 3),
            lambda: Query(EMPLOYEES).select("nope").run(),
            lambda: Query(EMPLOYEES).select("median(age)").group_by("dept").run()):
    try:
        bad()
    except QueryError as e:
        print("QueryError:", e)
    except KeyError as e:
        print("KeyError:", e)
