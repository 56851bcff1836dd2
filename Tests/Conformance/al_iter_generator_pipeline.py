# Generator pipelines over log lines: parsing, filtering, windowed rates,
# top-N, lazy evaluation order shown by tracing, and send()-driven averages.
import itertools

LOG = """2024-01-01T10:00:01 GET /index.html 200 512
2024-01-01T10:00:02 GET /about 404 0
2024-01-01T10:00:02 POST /api/login 200 128
2024-01-01T10:00:05 GET /index.html 200 512
bad line here
2024-01-01T10:00:07 GET /api/items 500 64
2024-01-01T10:00:09 GET /api/items 200 2048
2024-01-01T10:00:12 DELETE /api/items/3 403 0
2024-01-01T10:00:13 GET /index.html 304 0"""

trace = []


def lines(text):
    for ln in text.splitlines():
        trace.append("read")
        yield ln


def parse(src):
    for ln in src:
        parts = ln.split()
        if len(parts) != 5:
            trace.append("skip")
            continue
        ts, method, path, status, size = parts
        trace.append("parse")
        yield {"sec": int(ts[-2:]), "method": method, "path": path, "status": int(status), "size": int(size)}


def only(src, pred):
    for rec in src:
        if pred(rec):
            yield rec


records = parse(lines(LOG))
errors = only(records, lambda r: r["status"] >= 400)
print(trace)
first = next(errors)
print(first, trace)
rest = list(errors)
print([(r["path"], r["status"]) for r in rest])
print(trace.count("read"), trace.count("parse"), trace.count("skip"))

recs = list(parse(lines(LOG)))
by_path = {}
for r in recs:
    by_path[r["path"]] = by_path.get(r["path"], 0) + r["size"]
top = sorted(by_path.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top)


def windows(src, size):
    buf = []
    for item in src:
        buf.append(item)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)


print([sum(w) for w in windows((r["size"] for r in recs), 3)])
print(list(windows("abcde", 2)), list(windows([], 2)))


def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, total)


g = averager()
next(g)
print([g.send(r["size"]) for r in recs])
try:
    g.send(None)
except StopIteration as stop:
    print("finished", stop.value)

numbered = zip(itertools.count(1), (r["method"] for r in recs))
print(list(numbered))
gen = (x * x for x in range(3))
print(list(gen), list(gen))
try:
    next(only([], bool))
except StopIteration as e:
    print(type(e).__name__, repr(e))
