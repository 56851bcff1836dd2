# Event-driven discrete simulation with heapq: a checkout with arrivals,
# service completions and scheduled breaks; ties broken by sequence numbers.
import heapq
import random


class Sim:
    def __init__(self, seed):
        random.seed(seed)
        self.now = 0.0
        self.events = []
        self.seq = 0
        self.queue = []
        self.busy = False
        self.on_break = False
        self.log = []
        self.served = 0
        self.total_wait = 0.0

    def schedule(self, delay, kind, data=None):
        self.seq += 1
        heapq.heappush(self.events, (self.now + delay, self.seq, kind, data))

    def run(self, until):
        handlers = {"arrive": self.arrive, "done": self.done,
                    "break": self.start_break, "back": self.end_break}
        while self.events and self.events[0][0] <= until:
            self.now, seq, kind, data = heapq.heappop(self.events)
            handlers[kind](data)
        return self

    def note(self, msg):
        self.log.append("%7.3f %s" % (self.now, msg))

    def arrive(self, cid):
        self.queue.append((cid, self.now))
        self.note("arrive #%d (queue %d)" % (cid, len(self.queue)))
        self.schedule(round(random.uniform(0.5, 3.0), 3), "arrive", cid + 1)
        self.try_start()

    def try_start(self):
        if not self.busy and not self.on_break and self.queue:
            cid, t = self.queue.pop(0)
            self.busy = True
            self.total_wait += self.now - t
            self.schedule(round(random.uniform(1.0, 2.5), 3), "done", cid)
            self.note("start #%d waited %.3f" % (cid, self.now - t))

    def done(self, cid):
        self.busy = False
        self.served += 1
        self.note("done #%d" % cid)
        self.try_start()

    def start_break(self, length):
        self.on_break = True
        self.note("break for %s" % length)
        self.schedule(length, "back")

    def end_break(self, _):
        self.on_break = False
        self.note("back from break")
        self.try_start()


s = Sim(seed=8)
s.schedule(0.0, "arrive", 1)
s.schedule(6.0, "break", 2.5)
s.schedule(6.0, "break", 0.5)
s.run(until=15.0)
print("\n".join(s.log))
print("served", s.served, "waiting", [c for c, _ in s.queue], "avg wait %.4f" % (s.total_wait / max(s.served, 1)))
print("pending events", [(round(t, 3), k) for t, _, k, _ in sorted(s.events)])
h = []
for item in [(2.0, 1, "b"), (1.0, 2, "a"), (2.0, 0, "c"), (1.0, 3, "d")]:
    heapq.heappush(h, item)
print([heapq.heappop(h) for _ in range(len(h))])
print(heapq.nsmallest(3, [5, 1, 8, 3, 9, 2]), heapq.nlargest(2, ["pear", "fig", "apple"], key=len))
try:
    Sim(1).run(5) or Sim(1).schedule(1, "arrive") or Sim(1).run(2)
    s2 = Sim(1)
    s2.schedule(1.0, "teleport")
    s2.run(3)
except KeyError as e:
    print(type(e).__name__, e)
