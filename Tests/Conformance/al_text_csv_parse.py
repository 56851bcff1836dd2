# A hand-written CSV parser (quotes, escaped quotes, embedded commas and
# newlines), type inference, grouping/aggregation and a formatted report.

RAW = '''id,name,dept,salary,start
1,"Smith, Jane",Engineering,85000,2019-03-01
2,Bob Lee,Sales,52000.50,2020-11-15
3,"O""Brien, Pat",Engineering,91000,2018-07-23
4,Ana Ruiz,Marketing,,2021-01-04
5,"Multi
Line",Sales,61000,2017-05-30
6,Kim Ng,Engineering,78000,2022-02-28'''


def parse_csv(text, sep=","):
    rows, row, field = [], [], []
    i, n = 0, len(text)
    in_quotes = False
    while i < n:
        ch = text[i]
        if in_quotes:
            if ch == '"':
                if i + 1 < n and text[i + 1] == '"':
                    field.append('"')
                    i += 1
                else:
                    in_quotes = False
            else:
                field.append(ch)
        elif ch == '"':
            in_quotes = True
        elif ch == sep:
            row.append("".join(field))
            field = []
        elif ch == "\n":
            row.append("".join(field))
            rows.append(row)
            row, field = [], []
        else:
            field.append(ch)
        i += 1
    if in_quotes:
        raise ValueError("unterminated quote in row %d" % (len(rows) + 1))
    row.append("".join(field))
    rows.append(row)
    return rows


def convert(v):
    if v == "":
        return None
    for t in (int, float):
        try:
            return t(v)
        except ValueError:
            pass
    return v


rows = parse_csv(RAW)
header, body = rows[0], rows[1:]
print(header, len(body))
records = [dict(zip(header, map(convert, r))) for r in body]
for r in records:
    print(r)
by_dept = {}
for r in records:
    by_dept.setdefault(r["dept"], []).append(r)
print("%-12s %5s %12s %12s" % ("dept", "count", "total", "average"))
for dept in sorted(by_dept):
    sal = [r["salary"] for r in by_dept[dept] if r["salary"] is not None]
    avg = sum(sal) / len(sal) if sal else float("nan")
    print("%-12s %5d %12.2f %12.2f" % (dept, len(by_dept[dept]), sum(sal), avg))
oldest = min(records, key=lambda r: r["start"])
print("longest serving:", repr(oldest["name"]), oldest["start"], tuple(int(p) for p in oldest["start"].split("-")))
print(parse_csv('a;b;"c;d"\n;;', sep=";"), parse_csv(""), parse_csv('""'))
try:
    parse_csv('x,"unclosed\ny')
except ValueError as e:
    print(type(e).__name__, e)
print([convert(v) for v in ["12", "-3.5e2", "1_000", "nan", "inf", "0x10", " 7 ", "abc"]])
