# An ini-file parser with sections, defaults, ${section:key} interpolation and typed getters.

class ConfigError(Exception):
    def __init__(self, msg, lineno=None):
        self.lineno = lineno
        super().__init__(f"line {lineno}: {msg}" if lineno else msg)


class Config:
    def __init__(self):
        self.sections = {"DEFAULT": {}}

    @classmethod
    def parse(cls, text):
        cfg = cls()
        current = None
        last_key = None
        for lineno, raw in enumerate(text.splitlines(), 1):
            line = raw.split(";", 1)[0].rstrip() if not raw.lstrip().startswith("#") else ""
            if not line.strip():
                continue
            if raw[0] in " \t" and last_key:
                current[last_key] += "\n" + line.strip()
                continue
            if line.startswith("["):
                if not line.endswith("]"):
                    raise ConfigError(f"unterminated section header {line!r}", lineno)
                name = line[1:-1].strip()
                if name in cfg.sections and name != "DEFAULT":
                    raise ConfigError(f"duplicate section {name!r}", lineno)
                current = cfg.sections.setdefault(name, {})
                last_key = None
                continue
            if current is None:
                raise ConfigError("key outside of any section", lineno)
            for sep in ("=", ":"):
                if sep in line:
                    key, _, value = line.partition(sep)
                    break
            else:
                raise ConfigError(f"expected key = value, got {line.strip()!r}", lineno)
            last_key = key.strip().lower()
            current[last_key] = value.strip()
        return cfg

    def raw(self, section, key):
        if section not in self.sections:
            raise ConfigError(f"no section {section!r}")
        sec = self.sections[section]
        if key in sec:
            return sec[key]
        if key in self.sections["DEFAULT"]:
            return self.sections["DEFAULT"][key]
        raise ConfigError(f"no option {key!r} in section {section!r}")

    def get(self, section, key, _depth=0):
        if _depth > 10:
            raise ConfigError(f"interpolation too deep at {section}:{key}")
        value = self.raw(section, key)
        out = []
        i = 0
        while i < len(value):
            if value.startswith("${", i):
                end = value.find("}", i)
                if end < 0:
                    raise ConfigError(f"bad reference in {value!r}")
                ref = value[i + 2:end]
                sec, _, k = ref.rpartition(":")
                out.append(self.get(sec or section, k, _depth + 1))
                i = end + 1
            else:
                out.append(value[i])
                i += 1
        return "".join(out)

    def getint(self, section, key):
        return int(self.get(section, key))

    def getbool(self, section, key):
        v = self.get(section, key).lower()
        table = {"1": True, "yes": True, "true": True, "on": True,
                 "0": False, "no": False, "false": False, "off": False}
        if v not in table:
            raise ConfigError(f"not a boolean: {v!r}")
        return table[v]

    def getlist(self, section, key):
        return [item.strip() for item in self.get(section, key).replace("\n", ",").split(",") if item.strip()]


TEXT = """\
# global defaults
[DEFAULT]
home = /srv/app
debug = no

[server]
host = 127.0.0.1   ; loopback only
port: 8080
root = ${home}/www
log = ${paths:logs}/server.log
debug = Yes

[paths]
logs = ${home}/logs
plugins = auth, cache,
    metrics
    search
loop = ${loop}
"""

cfg = Config.parse(TEXT)
for name, items in cfg.sections.items():
    print(f"[{name}] {sorted(items)}")
print(repr(cfg.get("server", "host")), cfg.getint("server", "port") + 1)
print(cfg.get("server", "root"), cfg.get("server", "log"))
print(cfg.getbool("server", "debug"), cfg.getbool("paths", "debug"))
print(cfg.getlist("paths", "plugins"))
print(repr(cfg.raw("paths", "plugins")))
for sec, key, getter in [("server", "host", "getint"), ("paths", "loop", "get"), ("nope", "x", "get"),
                         ("server", "missing", "get"), ("server", "root", "getbool")]:
    try:
        print(getattr(cfg, getter)(sec, key))
    except ConfigError as e:
        print(f"ConfigError({e}) lineno={e.lineno}")
    except ValueError as e:
        print("ValueError:", e)

for bad in ["x = 1\n", "[a]\nok=1\n[a]\n", "[a\n", "[s]\njust words\n"]:
    try:
        Config.parse(bad)
    except ConfigError as e:
        print(f"{bad!r:28} -> {e} (lineno={e.lineno})")
