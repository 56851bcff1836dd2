# match statements: a class pattern whose __match_args__ names a non-string escapes as an uncaught TypeError.
class Rec:
    __match_args__ = ("kind", "payload")
    def __init__(self, kind, payload):
        self.kind = kind
        self.payload = payload

def handle(r):
    match r:
        case Rec("ping", _):
            return "pong"
        case Rec("echo", text):
            return text
        case Rec(kind, payload):
            return f"unhandled {kind}: {payload!r}"

for r in [Rec("ping", None), Rec("echo", "hello"), Rec("data", [1, 2])]:
    print(handle(r))

class Broken:
    __match_args__ = ("ok", None)
    ok = "fine"

match Broken():
    case Broken(first):
        print("one positional works:", first)

print("now two positionals, which reads the bad entry")
match Broken():
    case Broken(first, second):
        print("unreachable")
