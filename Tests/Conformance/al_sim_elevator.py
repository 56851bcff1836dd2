# An elevator controller (SCAN algorithm) serving requests over time, with a
# small state machine and per-passenger trip statistics.

class Passenger:
    def __init__(self, name, t, src, dst):
        self.name, self.t, self.src, self.dst = name, t, src, dst
        self.picked = self.dropped = None

    def direction(self):
        return 1 if self.dst > self.src else -1


class Elevator:
    def __init__(self, floors, capacity=3):
        if floors < 2:
            raise ValueError("need at least 2 floors, got %d" % floors)
        self.floors = floors
        self.capacity = capacity
        self.floor = 0
        self.direction = 0
        self.riding = []
        self.waiting = []
        self.trace = []

    def call(self, p):
        if not (0 <= p.src < self.floors and 0 <= p.dst < self.floors) or p.src == p.dst:
            raise ValueError("bad trip %s: %d->%d" % (p.name, p.src, p.dst))
        self.waiting.append(p)

    def targets(self):
        return sorted({p.dst for p in self.riding} | {p.src for p in self.waiting})

    def step(self, now):
        for p in [p for p in self.riding if p.dst == self.floor]:
            self.riding.remove(p)
            p.dropped = now
            self.trace.append("%2d: floor %d drop %s" % (now, self.floor, p.name))
        for p in [p for p in self.waiting if p.src == self.floor]:
            if len(self.riding) < self.capacity:
                self.waiting.remove(p)
                self.riding.append(p)
                p.picked = now
                self.trace.append("%2d: floor %d pick %s" % (now, self.floor, p.name))
        targets = self.targets()
        if not targets:
            self.direction = 0
            return
        if self.direction == 0:
            self.direction = 1 if targets[0] > self.floor or targets[-1] > self.floor else -1
        ahead = [f for f in targets if (f - self.floor) * self.direction > 0]
        if not ahead:
            self.direction = -self.direction
        if any(f != self.floor for f in targets):
            self.floor += self.direction


schedule = [
    Passenger("amy", 0, 0, 5), Passenger("ben", 1, 3, 1), Passenger("cal", 2, 4, 6),
    Passenger("dot", 2, 6, 0), Passenger("eli", 5, 2, 3), Passenger("fay", 6, 1, 4),
    Passenger("gus", 9, 5, 2),
]
e = Elevator(7)
for now in range(40):
    for p in schedule:
        if p.t == now:
            e.call(p)
    e.step(now)
    if now < 25:
        print("%2d floor=%d dir=%+d riding=%s waiting=%s" % (
            now, e.floor, e.direction, [p.name for p in e.riding], [p.name for p in e.waiting]))
print("\n".join(e.trace))
for p in schedule:
    print("%s wait=%s ride=%s" % (p.name, p.picked - p.t, p.dropped - p.picked))
total = sum(p.dropped - p.t for p in schedule)
print("total trip time", total, "mean %.3f" % (total / len(schedule)))
for args in [(1,), (5,)]:
    try:
        el = Elevator(*args)
        el.call(Passenger("zed", 0, 2, 2))
    except ValueError as err:
        print(type(err).__name__, err)
