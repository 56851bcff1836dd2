# Uncaught custom exception whose class claims another module: the last line shows the qualified name.
class ConfigError(Exception):
    pass


ConfigError.__module__ = "myapp.errors"
try:
    raise ConfigError("caught first")
except ConfigError as e:
    print(type(e).__name__, type(e).__module__, e)
raise ConfigError("bad setting 'x'")
