# An in-memory file system: paths, mkdir -p, write/append, ls, du, glob-style find, mv and rm -r.

class FSError(OSError):
    pass


class Dir:
    def __init__(self):
        self.entries = {}


class File:
    def __init__(self, data=""):
        self.data = data


def split(path):
    if not path.startswith("/"):
        raise FSError(f"path must be absolute: {path!r}")
    parts = []
    for p in path.split("/"):
        if p in ("", "."):
            continue
        if p == "..":
            if parts:
                parts.pop()
        else:
            parts.append(p)
    return parts


def glob_match(pattern, name):
    if not pattern:
        return not name
    head = pattern[0]
    if head == "*":
        return any(glob_match(pattern[1:], name[i:]) for i in range(len(name) + 1))
    if not name:
        return False
    if head == "?" or head == name[0]:
        return glob_match(pattern[1:], name[1:])
    return False


class FS:
    def __init__(self):
        self.root = Dir()

    def _walk_to(self, parts, create=False):
        node = self.root
        for i, p in enumerate(parts):
            nxt = node.entries.get(p)
            if nxt is None:
                if not create:
                    raise FSError(f"no such file or directory: /{'/'.join(parts[:i + 1])}")
                nxt = node.entries[p] = Dir()
            if isinstance(nxt, File):
                raise FSError(f"not a directory: /{'/'.join(parts[:i + 1])}")
            node = nxt
        return node

    def mkdir(self, path):
        self._walk_to(split(path), create=True)

    def write(self, path, data, append=False):
        *dirs, name = split(path)
        d = self._walk_to(dirs)
        node = d.entries.get(name)
        if isinstance(node, Dir):
            raise FSError(f"is a directory: {path}")
        if node is None or not append:
            d.entries[name] = File(data)
        else:
            node.data += data

    def read(self, path):
        *dirs, name = split(path)
        node = self._walk_to(dirs).entries.get(name)
        if not isinstance(node, File):
            raise FSError(f"not a file: {path}")
        return node.data

    def ls(self, path="/"):
        d = self._walk_to(split(path))
        return [n + "/" if isinstance(e, Dir) else n for n, e in sorted(d.entries.items())]

    def walk(self, node=None, prefix=""):
        node = node or self.root
        for name, entry in sorted(node.entries.items()):
            full = f"{prefix}/{name}"
            yield full, entry
            if isinstance(entry, Dir):
                yield from self.walk(entry, full)

    def du(self, path="/"):
        node = self._walk_to(split(path))
        return sum(len(e.data) for _, e in self.walk(node) if isinstance(e, File))

    def find(self, pattern, path="/"):
        base = "/" + "/".join(split(path))
        node = self._walk_to(split(path))
        return [base.rstrip("/") + p for p, e in self.walk(node) if glob_match(pattern, p.rsplit("/", 1)[1])]

    def mv(self, src, dst):
        *sd, sname = split(src)
        *dd, dname = split(dst)
        if split(dst)[:len(split(src))] == split(src):
            raise FSError(f"cannot move {src} into itself")
        parent = self._walk_to(sd)
        if sname not in parent.entries:
            raise FSError(f"no such file or directory: {src}")
        target = self._walk_to(dd, create=True)
        target.entries[dname] = parent.entries.pop(sname)

    def rm(self, path, recursive=False):
        *dirs, name = split(path)
        parent = self._walk_to(dirs)
        node = parent.entries.get(name)
        if node is None:
            raise FSError(f"no such file or directory: {path}")
        if isinstance(node, Dir) and node.entries and not recursive:
            raise FSError(f"directory not empty: {path}")
        del parent.entries[name]


fs = FS()
fs.mkdir("/home/ann/docs")
fs.mkdir("/home/bob")
fs.write("/home/ann/docs/todo.txt", "milk\n")
fs.write("/home/ann/docs/todo.txt", "eggs\n", append=True)
fs.write("/home/ann/notes.md", "# Notes\n" * 3)
fs.write("/home/bob/main.py", "print('hi')\n")
fs.write("/home/bob/test_main.py", "assert True\n")
fs.mkdir("/etc/../etc/./")
fs.write("/etc/hosts", "127.0.0.1 localhost\n")
print(fs.ls(), fs.ls("/home"), fs.ls("/home/ann/docs/../"))
print(repr(fs.read("/home/ann/docs/todo.txt")), fs.du("/home"), fs.du())
print(fs.find("*.py"), fs.find("t*", "/home"), fs.find("?o*"))
for path, entry in fs.walk():
    kind = "d" if isinstance(entry, Dir) else "f"
    size = "" if kind == "d" else len(entry.data)
    print(f"  {kind} {path:<28}{size}")
fs.mv("/home/bob", "/home/robert")
fs.mv("/home/ann/notes.md", "/archive/2024/notes.md")
print(fs.ls("/home"), fs.ls("/archive/2024"))
ops = [lambda: fs.read("/home/bob/main.py"), lambda: fs.rm("/home/ann"), lambda: fs.write("/home", "x"),
       lambda: fs.mkdir("/etc/hosts/x"), lambda: fs.mv("/home", "/home/ann/x"), lambda: fs.ls("relative"),
       lambda: fs.read("/home/robert"), lambda: fs.rm("/nope")]
for op in ops:
    try:
        op()
    except FSError as e:
        print(f"FSError: {e} (OSError: {isinstance(e, OSError)})")
fs.rm("/home/ann", recursive=True)
print([p for p, _ in fs.walk()], fs.du())
print([glob_match(p, n) for p, n in [("*", ""), ("a*b", "aXXb"), ("a?c", "abc"), ("*.txt", "a.txt.bak"), ("", "")]])
