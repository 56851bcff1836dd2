# A priority-queue task scheduler with heapq: priorities, FIFO ties, cancellation, periodic tasks, simulated clock.
import heapq
import itertools


class Task:
    def __init__(self, name, duration, period=None):
        self.name, self.duration, self.period = name, duration, period
        self.runs = 0

    def __repr__(self):
        return f"Task({self.name})"


class Scheduler:
    REMOVED = "<removed>"

    def __init__(self):
        self.heap = []
        self.entries = {}
        self.counter = itertools.count()
        self.clock = 0
        self.log = []

    def add(self, task, at, priority=0):
        if task.name in self.entries:
            self.cancel(task.name)
        entry = [at, priority, next(self.counter), task]
        self.entries[task.name] = entry
        heapq.heappush(self.heap, entry)

    def cancel(self, name):
        entry = self.entries.pop(name)
        entry[-1] = Scheduler.REMOVED

    def pop(self):
        while self.heap:
            at, prio, _, task = heapq.heappop(self.heap)
            if task is not Scheduler.REMOVED:
                del self.entries[task.name]
                return at, prio, task
        raise KeyError("pop from an empty scheduler")

    def run(self, until):
        while self.heap:
            at, prio, task = self.pop()
            if at > until:
                self.add(task, at, prio)
                break
            self.clock = max(self.clock, at)
            task.runs += 1
            self.log.append(f"t={self.clock:>3} p={prio} {task.name}#{task.runs}")
            self.clock += task.duration
            if task.period:
                self.add(task, at + task.period, prio)
        return self.log


s = Scheduler()
s.add(Task("backup", 5, period=20), at=0, priority=2)
s.add(Task("email", 1, period=7), at=0, priority=1)
s.add(Task("report", 3), at=10, priority=0)
s.add(Task("cleanup", 2), at=10, priority=0)
s.add(Task("doomed", 1), at=4)
s.cancel("doomed")
s.add(Task("email", 1, period=7), at=2, priority=1)
for line in s.run(until=30):
    print(line)
print("clock", s.clock, "pending", sorted(s.entries))
try:
    s.cancel("nope")
except KeyError as e:
    print("KeyError:", e)
empty = Scheduler()
try:
    empty.pop()
except KeyError as e:
    print("KeyError:", e)

nums = [5, 1, 8, 3, 9, 2, 7]
heapq.heapify(nums)
print(nums[0], [heapq.heappop(nums) for _ in range(3)], sorted(nums))
print(heapq.nsmallest(3, [4, 1, 7, 3, 8]), heapq.nlargest(2, ["pear", "fig", "apple"], key=len))
h = []
for w in ["delta", "alpha", "charlie", "bravo"]:
    heapq.heappush(h, (len(w), w))
print(heapq.heappushpop(h, (1, "z")), heapq.heapreplace(h, (9, "last")), [heapq.heappop(h) for _ in range(len(h))])
