# A package dependency resolver: semantic versions, constraint parsing and backtracking search.

class ResolutionError(Exception):
    pass


class Version:
    def __init__(self, text):
        core, _, pre = text.partition("-")
        parts = core.split(".")
        if len(parts) != 3 or not all(p.isdigit() for p in parts):
            raise ValueError(f"invalid version {text!r}")
        self.parts = tuple(int(p) for p in parts)
        self.pre = pre

    def key(self):
        # a pre-release sorts before the release
        return self.parts + ((0, self.pre) if self.pre else (1, ""))

    def __lt__(self, other):
        return self.key() < other.key()

    def __le__(self, other):
        return self.key() <= other.key()

    def __eq__(self, other):
        return isinstance(other, Version) and self.key() == other.key()

    def __hash__(self):
        return hash(self.key())

    def __repr__(self):
        return ".".join(map(str, self.parts)) + (f"-{self.pre}" if self.pre else "")


def parse_constraint(text):
    """'>=1.2.0,<2.0.0', '^1.4.0', '~1.2.3', '1.0.0', '*' -> predicate with a description."""
    checks = []
    for clause in (c.strip() for c in text.split(",")):
        if clause == "*":
            continue
        if clause[0] == "^":
            lo = Version(clause[1:])
            major = lo.parts[0]
            hi = Version(f"{major + 1}.0.0") if major else Version(f"0.{lo.parts[1] + 1}.0")
            checks += [(">=", lo), ("<", hi)]
        elif clause[0] == "~":
            lo = Version(clause[1:])
            checks += [(">=", lo), ("<", Version(f"{lo.parts[0]}.{lo.parts[1] + 1}.0"))]
        else:
            for op in (">=", "<=", "!=", ">", "<", "=="):
                if clause.startswith(op):
                    checks.append((op, Version(clause[len(op):])))
                    break
            else:
                checks.append(("==", Version(clause)))
    ops = {">=": lambda a, b: b <= a, "<=": lambda a, b: a <= b, ">": lambda a, b: b < a,
           "<": lambda a, b: a < b, "==": lambda a, b: a == b, "!=": lambda a, b: not a == b}

    def pred(v):
        return all(ops[op](v, bound) for op, bound in checks) and (not v.pre or any(b.pre for _, b in checks))
    pred.text = text
    return pred


INDEX = {
    "app": {"1.0.0": {"web": "^2.0.0", "db": ">=1.1.0,<1.3.0"}},
    "web": {"2.0.0": {"http": "~1.4.0"}, "2.1.0": {"http": "^1.5.0", "tmpl": "*"}, "3.0.0-rc1": {}},
    "db": {"1.0.0": {}, "1.1.0": {"http": ">=1.0.0"}, "1.2.0": {"http": "<1.5.0"}, "1.2.1-beta": {}},
    "http": {"1.4.0": {}, "1.4.2": {}, "1.5.0": {}, "1.6.1": {}},
    "tmpl": {"0.9.0": {}, "0.9.5": {"http": "!=1.6.1"}},
}


def resolve(root, index, trace):
    def search(pending, chosen, depth):
        if not pending:
            return chosen
        (name, pred, by), rest = pending[0], pending[1:]
        if name in chosen:
            if pred(chosen[name]):
                return search(rest, chosen, depth)
            trace.append(f"{'  ' * depth}conflict: {name} {chosen[name]} fails {pred.text!r} from {by}")
            return None
        if name not in index:
            raise ResolutionError(f"unknown package {name!r} (required by {by})")
        candidates = sorted([Version(v) for v in index[name]], reverse=True)
        for v in (c for c in candidates if pred(c)):
            trace.append(f"{'  ' * depth}try {name} {v}")
            deps = [(d, parse_constraint(c), f"{name} {v}") for d, c in sorted(index[name][repr(v)].items())]
            result = search(rest + deps, {**chosen, name: v}, depth + 1)
            if result is not None:
                return result
        trace.append(f"{'  ' * depth}no version of {name} satisfies {pred.text!r}")
        return None

    result = search([(root, parse_constraint("*"), "user")], {}, 0)
    if result is None:
        raise ResolutionError(f"cannot resolve {root}")
    return result


print(sorted(Version(v) for v in ["1.10.0", "1.2.0", "1.2.0-rc1", "0.9.9", "1.2.0-alpha"]))
for c in ["^1.4.0", "~1.4.0", ">=1.0.0,!=1.5.0,<1.6.0", "^0.9.0", "1.4.2"]:
    p = parse_constraint(c)
    print(f"{c:<24}", [v for v in INDEX["http"] if p(Version(v))])
trace = []
solution = resolve("app", INDEX, trace)
print("\n".join(trace))
print({k: repr(v) for k, v in sorted(solution.items())})
INDEX["db"]["1.2.0"]["http"] = "<1.4.0"
INDEX["db"]["1.1.0"]["http"] = "==1.6.1"
trace = []
try:
    print(resolve("app", INDEX, trace))
except ResolutionError as e:
    print("ResolutionError:", e, f"after {len(trace)} steps")
INDEX["app"]["1.0.0"]["log"] = "*"
try:
    resolve("app", INDEX, [])
except ResolutionError as e:
    print("ResolutionError:", e)
for bad in ["1.2", "a.b.c", "1.2.3.4"]:
    try:
        Version(bad)
    except ValueError as e:
        print("ValueError:", e)
