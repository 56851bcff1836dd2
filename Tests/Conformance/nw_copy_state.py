# copy with __getstate__/__setstate__, __reduce_ex__ defaults, class-level data,
# and objects holding containers of other user objects.
import copy


class Conn:
    def __init__(self, host):
        self.host = host
        self.socket = "open-socket-for-" + host
        self.retries = [1, 2]

    def __getstate__(self):
        state = dict(self.__dict__)
        del state["socket"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.socket = "reopened-" + self.host

    def __repr__(self):
        return f"Conn({self.host}, {self.socket}, {self.retries})"


c = Conn("db")
c2 = copy.copy(c)
c3 = copy.deepcopy(c)
c.retries.append(3)
print(c)
print(c2)
print(c3)


class Registry:
    instances = 0

    def __init__(self):
        Registry.instances += 1
        self.items = {}

    def __repr__(self):
        return f"Registry({sorted(self.items.items())})"


r = Registry()
r.items["a"] = [1]
r2 = copy.deepcopy(r)
r3 = copy.copy(r)
r.items["a"].append(2)
r.items["b"] = []
print(r, r2, r3, Registry.instances)


class Team:
    def __init__(self, name, members):
        self.name = name
        self.members = members

    def __repr__(self):
        return f"Team({self.name}, {self.members})"


class Member:
    def __init__(self, name):
        self.name = name
        self.team = None

    def __repr__(self):
        return f"Member({self.name}, team={self.team.name if self.team else None})"


m1, m2 = Member("x"), Member("y")
t = Team("red", [m1, m2])
m1.team = m2.team = t
t2 = copy.deepcopy(t)
t2.name = "blue"
print(t, t2)
print(t2.members[0].team is t2, t2.members[0] is m1)
t3 = copy.copy(t)
print(t3.members is t.members, t3 is t)


class Slotless:
    pass


s = Slotless()
s.a = [1, {"k": (2, [3])}]
s2 = copy.deepcopy(s)
s.a[1]["k"][1].append(4)
print(s.a, s2.a, type(s2).__name__)
print(copy.deepcopy([Slotless, len, None])[0] is Slotless)
