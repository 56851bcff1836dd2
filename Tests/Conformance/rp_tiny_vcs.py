# A tiny content-addressed version control system: blobs, commits, branches, log, merge-base and status.

class VCSError(Exception):
    pass


def fnv1a(data):
    h = 0xCBF29CE484222325
    for b in data.encode("utf-8"):
        h ^= b
        h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return f"{h:016x}"[:10]


class Repo:
    def __init__(self):
        self.objects = {}
        self.refs = {"main": None}
        self.head = "main"
        self.work = {}
        self.clock = 0

    def store(self, kind, payload):
        oid = fnv1a(kind + "\0" + payload)
        self.objects.setdefault(oid, (kind, payload))
        return oid

    def tree_of(self, commit):
        if commit is None:
            return {}
        _, payload = self.objects[commit]
        header, _, body = payload.partition("\n\n")
        tree = {}
        for line in body.splitlines():
            name, oid = line.split(" ")
            tree[name] = oid
        return tree

    def parents(self, commit):
        header = self.objects[commit][1].partition("\n\n")[0]
        return [l.split()[1] for l in header.splitlines() if l.startswith("parent ")]

    def message(self, commit):
        header = self.objects[commit][1].partition("\n\n")[0]
        return next(l[4:] for l in header.splitlines() if l.startswith("msg "))

    def commit(self, msg, extra_parent=None):
        head = self.refs[self.head]
        tree = {name: self.store("blob", data) for name, data in sorted(self.work.items())}
        if tree == self.tree_of(head) and extra_parent is None:
            raise VCSError("nothing to commit")
        self.clock += 1
        parents = [p for p in (head, extra_parent) if p]
        header = "\n".join([f"time {self.clock}", f"msg {msg}"] + [f"parent {p}" for p in parents])
        body = "\n".join(f"{n} {o}" for n, o in tree.items())
        oid = self.store("commit", header + "\n\n" + body)
        self.refs[self.head] = oid
        return oid

    def status(self):
        old = self.tree_of(self.refs[self.head])
        new = {n: fnv1a("blob\0" + d) for n, d in self.work.items()}
        changes = [("A", n) for n in new if n not in old] + [("D", n) for n in old if n not in new]
        changes += [("M", n) for n in new if n in old and old[n] != new[n]]
        return sorted(changes, key=lambda c: c[1])

    def branch(self, name):
        if name in self.refs:
            raise VCSError(f"branch {name!r} already exists")
        self.refs[name] = self.refs[self.head]

    def checkout(self, name):
        if name not in self.refs:
            raise VCSError(f"unknown branch {name!r}")
        if self.status():
            raise VCSError("uncommitted changes: " + ", ".join(f"{k} {n}" for k, n in self.status()))
        self.head = name
        self.work = {n: self.objects[o][1] for n, o in self.tree_of(self.refs[name]).items()}

    def log(self, start=None):
        seen, stack = set(), [start or self.refs[self.head]]
        while stack:
            c = stack.pop()
            if c is None or c in seen:
                continue
            seen.add(c)
            yield c
            stack.extend(reversed(self.parents(c)))

    def merge_base(self, a, b):
        ancestors = set(self.log(self.refs[a]))
        return next((c for c in self.log(self.refs[b]) if c in ancestors), None)


repo = Repo()
repo.work = {"README": "hello\n", "main.py": "print(1)\n"}
c1 = repo.commit("initial import")
repo.work["main.py"] = "print(2)\n"
c2 = repo.commit("bump output")
print(len(c1), c1 != c2, repo.tree_of(c1)["README"] == repo.tree_of(c2)["README"])
try:
    repo.commit("again")
except VCSError as e:
    print("VCSError:", e)
repo.branch("feature")
repo.checkout("feature")
repo.work["feature.py"] = "x = 1\n"
del repo.work["README"]
repo.work["main.py"] = "print(3)\n"
print("status:", repo.status())
for bad in [lambda: repo.checkout("main"), lambda: repo.branch("main"), lambda: repo.checkout("nope")]:
    try:
        bad()
    except VCSError as e:
        print("VCSError:", e)
c3 = repo.commit("add feature")
repo.checkout("main")
print("main files:", sorted(repo.work), "status:", repo.status())
repo.work["CHANGES"] = "v2\n"
c4 = repo.commit("changelog")
base = repo.merge_base("main", "feature")
print("merge base is c2:", base == c2)
merged = dict(repo.tree_of(c4))
ours, theirs, anc = repo.tree_of(c4), repo.tree_of(repo.refs["feature"]), repo.tree_of(base)
for name in sorted(set(ours) | set(theirs) | set(anc)):
    o, t, a = ours.get(name), theirs.get(name), anc.get(name)
    pick = t if o == a else o
    print(f"  {name:<11} ours={'-' if o is None else 'y'} theirs={'-' if t is None else 'y'} -> {'drop' if pick is None else 'keep'}")
    if pick is None:
        merged.pop(name, None)
    else:
        merged[name] = pick
repo.work = {n: repo.objects[o][1] for n, o in merged.items()}
c5 = repo.commit("merge feature", extra_parent=repo.refs["feature"])
for c in repo.log():
    print(f"  {[c1, c2, c3, c4, c5].index(c) + 1}: {repo.message(c):<15} parents={[[c1, c2, c3, c4, c5].index(p) + 1 for p in repo.parents(c)]}")
print(sorted(repo.work.items()))
kinds = {}
for kind, _ in repo.objects.values():
    kinds[kind] = kinds.get(kind, 0) + 1
print(kinds, fnv1a(""), fnv1a("a"), fnv1a("é"))
