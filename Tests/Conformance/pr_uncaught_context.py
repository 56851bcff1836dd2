# An uncaught exception raised while handling another: the last stderr line is the newest exception.
def load(config):
    try:
        return config["path"]
    except KeyError:
        print("missing path, trying default")
        return config["default"].upper()


print(load({"path": "/a"}))
print(load({"default": "b"}))
load({"default": None})
