# A regex-free access-log parser with aggregation by status, path and hour, and an error report.
from collections import Counter, defaultdict

LOG = """\
10.0.0.1 - - [12/Mar/2024:09:15:02] "GET /index.html HTTP/1.1" 200 5120 0.012
10.0.0.2 - bob [12/Mar/2024:09:15:07] "GET /api/items?page=2 HTTP/1.1" 200 830 0.140
10.0.0.1 - - [12/Mar/2024:09:16:44] "POST /api/items HTTP/1.1" 201 112 0.310
10.0.0.3 - - [12/Mar/2024:09:59:59] "GET /missing HTTP/1.1" 404 0 0.002
garbage line without structure
10.0.0.2 - bob [12/Mar/2024:10:01:13] "GET /api/items?page=3 HTTP/1.1" 200 790 0.122
10.0.0.4 - - [12/Mar/2024:10:02:00] "DELETE /api/items/7 HTTP/1.1" 500 64 1.804
10.0.0.4 - - [12/Mar/2024:10:02:05] "DELETE /api/items/7 HTTP/1.1" 503 64 0.001
10.0.0.1 - - [12/Mar/2024:10:30:30] "GET /index.html HTTP/1.1" 304 0 0.004
10.0.0.5 - - [12/Mar/2024:11:00:00] "GET /static/app.js HTTP/2.0" 200 48211 0.051
10.0.0.5 - - [12/Mar/2024:11:00:01] "BREW /pot HTTP/1.1" 418 5 x
10.0.0.3 - alice [12/Mar/2024:11:45:12] "PUT /api/items/3 HTTP/1.1" 200 98 0.222
"""


class ParseError(ValueError):
    pass


class Entry:
    __match_args__ = ("method", "path", "status")

    def __init__(self, ip, user, stamp, method, path, status, size, seconds):
        self.ip, self.user, self.stamp = ip, user, stamp
        self.method, self.path, self.status = method, path, status
        self.size, self.seconds = size, seconds

    @property
    def hour(self):
        return int(self.stamp.split(":")[1])

    @property
    def route(self):
        base = self.path.partition("?")[0]
        return "/".join(":id" if part.isdigit() else part for part in base.split("/"))

    def __repr__(self):
        return f"Entry({self.method} {self.path} {self.status})"


def parse_line(line):
    try:
        head, request, tail = line.split('"')
    except ValueError:
        raise ParseError(f"expected one quoted request, got {line.count(chr(34))} quotes") from None
    ip, _, user, stamp = head.split(maxsplit=3)
    if not (stamp.startswith("[") and stamp.rstrip().endswith("]")):
        raise ParseError("bad timestamp")
    method, path, _proto = request.split()
    status, size, seconds = tail.split()
    try:
        return Entry(ip, None if user == "-" else user, stamp.strip()[1:-1], method, path,
                     int(status), int(size), float(seconds))
    except ValueError as e:
        raise ParseError(f"bad number: {e}") from e


entries, errors = [], []
for n, line in enumerate(LOG.splitlines(), 1):
    try:
        entries.append(parse_line(line))
    except ParseError as e:
        errors.append((n, str(e), type(e.__cause__).__name__ if e.__cause__ else "-"))

print(f"parsed {len(entries)} entries, {len(errors)} errors")
for err in errors:
    print("  line %d: %s (cause: %s)" % err)

by_class = Counter(f"{e.status // 100}xx" for e in entries)
print("status classes:", sorted(by_class.items()))
routes = defaultdict(list)
for e in entries:
    routes[(e.method, e.route)].append(e)
print(f"{'method':<7}{'route':<20}{'hits':>5}{'bytes':>8}{'avg ms':>9}{'max ms':>9}")
for (method, route), es in sorted(routes.items(), key=lambda kv: (-len(kv[1]), kv[0])):
    total = sum(e.size for e in es)
    avg = sum(e.seconds for e in es) / len(es) * 1000
    print(f"{method:<7}{route:<20}{len(es):>5}{total:>8}{avg:>9.1f}{max(e.seconds for e in es) * 1000:>9.1f}")

hours = Counter(e.hour for e in entries)
for h in range(min(hours), max(hours) + 1):
    print(f"{h:02d}:00 {'#' * hours[h]:<5} {hours[h]}")
print("top ips:", Counter(e.ip for e in entries).most_common(2))
print("users:", sorted({e.user for e in entries if e.user}))
slow = sorted((e for e in entries if e.seconds > 0.1), key=lambda e: -e.seconds)
print("slow:", slow)
for e in entries:
    match e:
        case Entry("GET", _, 200):
            kind = "ok read"
        case Entry(_, _, s) if s >= 500:
            kind = "server error"
        case Entry("DELETE" | "PUT" | "POST", path, s) if s < 300:
            kind = f"write to {path}"
        case _:
            kind = "other"
    print(f"  {e!r:<40} {kind}")
