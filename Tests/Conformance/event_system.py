# An event bus: callbacks, bound methods, decorators with arguments, kwargs.
class EventBus:
    def __init__(self):
        self.handlers = {}

    def on(self, event, priority=0):
        def register(fn):
            self.handlers.setdefault(event, []).append((priority, fn))
            self.handlers[event].sort(key=lambda pair: -pair[0])
            return fn
        return register

    def emit(self, event, *args, **kwargs):
        results = []
        for _, fn in self.handlers.get(event, []):
            results.append(fn(*args, **kwargs))
        return results


bus = EventBus()


@bus.on("greet")
def hello(name, punctuation="!"):
    return f"hello {name}{punctuation}"


@bus.on("greet", priority=5)
def shout(name, **options):
    return f"HEY {name.upper()}" + ("?" if options.get("question") else "")


class Counter:
    def __init__(self):
        self.count = 0

    def handle(self, *args, **kwargs):
        self.count += 1
        return self.count


c = Counter()
bus.on("greet", priority=1)(c.handle)
print(bus.emit("greet", "ada"))
print(bus.emit("greet", name="bob"))
print(bus.emit("missing"), c.count, sorted(bus.handlers), len(bus.handlers["greet"]))
try:
    bus.emit("greet")
except TypeError as e:
    print("TypeError:", e)
