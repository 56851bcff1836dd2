# A hand-written command-line argument parser with flags, options, defaults, types and subcommands.

class UsageError(Exception):
    pass


class Option:
    def __init__(self, name, short=None, type=str, default=None, flag=False, choices=None, multiple=False):
        self.name, self.short, self.type = name, short, type
        self.default, self.flag, self.choices, self.multiple = default, flag, choices, multiple

    @property
    def dest(self):
        return self.name.lstrip("-").replace("-", "_")

    def convert(self, raw):
        try:
            value = self.type(raw)
        except ValueError:
            raise UsageError(f"option {self.name}: invalid {self.type.__name__} value: {raw!r}") from None
        if self.choices and value not in self.choices:
            raise UsageError(f"option {self.name}: {value!r} not in {self.choices}")
        return value


class Parser:
    def __init__(self, prog):
        self.prog = prog
        self.options = {}
        self.positionals = []
        self.commands = {}

    def add(self, *args, **kw):
        opt = Option(*args, **kw)
        self.options[opt.name] = opt
        if opt.short:
            self.options[opt.short] = opt
        return self

    def positional(self, name, nargs=1):
        self.positionals.append((name, nargs))
        return self

    def command(self, name):
        sub = Parser(f"{self.prog} {name}")
        self.commands[name] = sub
        return sub

    def parse(self, argv):
        result = {}
        for opt in self.options.values():
            result[opt.dest] = [] if opt.multiple else (False if opt.flag else opt.default)
        rest = []
        args = iter(argv)
        for arg in args:
            if arg == "--":
                rest.extend(args)
                break
            if arg.startswith("-") and len(arg) > 1:
                name, eq, inline = arg.partition("=")
                if name not in self.options:
                    raise UsageError(f"{self.prog}: unknown option {name}")
                opt = self.options[name]
                if opt.flag:
                    if eq:
                        raise UsageError(f"{self.prog}: {name} takes no value")
                    result[opt.dest] = True
                    continue
                raw = inline if eq else next(args, None)
                if raw is None:
                    raise UsageError(f"{self.prog}: {name} needs a value")
                value = opt.convert(raw)
                if opt.multiple:
                    result[opt.dest].append(value)
                else:
                    result[opt.dest] = value
            elif self.commands and not rest and arg in self.commands:
                result["command"] = arg
                result.update(self.commands[arg].parse(list(args)))
                break
            else:
                rest.append(arg)
        for name, nargs in self.positionals:
            if nargs == "*":
                result[name], rest = rest, []
            elif len(rest) < nargs:
                raise UsageError(f"{self.prog}: missing {name}")
            else:
                taken, rest = rest[:nargs], rest[nargs:]
                result[name] = taken[0] if nargs == 1 else taken
        if rest:
            raise UsageError(f"{self.prog}: unexpected arguments {rest}")
        return result


p = Parser("tool")
p.add("--verbose", "-v", flag=True).add("--level", "-l", type=int, default=1)
p.add("--format", choices=["json", "text"], default="text").add("--tag", "-t", multiple=True)
build = p.command("build")
build.add("--jobs", "-j", type=int, default=2).add("--release", flag=True).positional("targets", "*")
copy = p.command("copy")
copy.add("--force", "-f", flag=True).positional("src").positional("dst")

cases = [
    [],
    ["-v", "--level", "3"],
    ["--level=7", "-t", "a", "--tag=b", "--format", "json"],
    ["build", "-j", "8", "app", "lib"],
    ["-v", "build", "--release", "--", "-weird-name"],
    ["copy", "a.txt", "b.txt", "-f"],
    ["copy", "a.txt"],
    ["copy", "a", "b", "c"],
    ["--level", "high"],
    ["--format", "xml"],
    ["--level"],
    ["--verbose=yes"],
    ["--colour"],
    ["build", "-j", "2.5"],
]
for argv in cases:
    try:
        parsed = p.parse(argv)
        print(f"{' '.join(argv) or '(none)':<40} {sorted(parsed.items())}")
    except UsageError as e:
        print(f"{' '.join(argv):<40} error: {e}")
