# A to-do manager with priorities, due days, tags, recurring tasks and an agenda view.
import heapq
from functools import total_ordering

PRIORITY = {"high": 0, "med": 1, "low": 2}


@total_ordering
class Task:
    _next_id = 1

    def __init__(self, title, priority="med", due=None, tags=(), every=None):
        if priority not in PRIORITY:
            raise ValueError(f"priority must be one of {', '.join(PRIORITY)}")
        self.id = Task._next_id
        Task._next_id += 1
        self.title, self.priority, self.due = title, priority, due
        self.tags, self.every, self.done = frozenset(tags), every, False

    def key(self):
        return (self.due is None, self.due or 0, PRIORITY[self.priority], self.id)

    def __eq__(self, other):
        return isinstance(other, Task) and self.key() == other.key()

    def __lt__(self, other):
        return self.key() < other.key()

    def __hash__(self):
        return hash(self.id)

    def __repr__(self):
        box = "x" if self.done else " "
        due = f" due:{self.due}" if self.due is not None else ""
        tags = "".join(f" #{t}" for t in sorted(self.tags))
        rep = f" every:{self.every}" if self.every else ""
        return f"[{box}] {self.id:>2} ({self.priority}) {self.title}{due}{rep}{tags}"


class TodoList:
    def __init__(self):
        self.tasks = {}
        self.today = 0

    def add(self, *args, **kw):
        t = Task(*args, **kw)
        self.tasks[t.id] = t
        return t

    def complete(self, tid):
        try:
            t = self.tasks[tid]
        except KeyError:
            raise LookupError(f"no task #{tid}") from None
        if t.done:
            raise RuntimeError(f"task #{tid} already done")
        t.done = True
        if t.every:
            nxt = self.add(t.title, t.priority, (t.due or self.today) + t.every, t.tags, t.every)
            return f"completed #{tid}, next #{nxt.id} due {nxt.due}"
        return f"completed #{tid}"

    def overdue(self):
        return sorted(t for t in self.tasks.values() if not t.done and t.due is not None and t.due < self.today)

    def agenda(self, days):
        plan = {}
        for t in self.tasks.values():
            if not t.done and t.due is not None and t.due < self.today + days:
                plan.setdefault(max(t.due, self.today), []).append(t)
        return {day: sorted(ts) for day, ts in sorted(plan.items())}

    def next_up(self, n):
        return heapq.nsmallest(n, (t for t in self.tasks.values() if not t.done))

    def by_tag(self):
        out = {}
        for t in self.tasks.values():
            for tag in t.tags:
                out.setdefault(tag, []).append(t.id)
        return dict(sorted(out.items()))


todo = TodoList()
todo.add("Pay rent", "high", due=1, tags={"money"}, every=30)
todo.add("Write report", "high", due=3, tags={"work"})
todo.add("Water plants", "low", due=0, tags={"home"}, every=3)
todo.add("Call mum", "med", due=2)
todo.add("Read novel", "low", tags={"fun"})
todo.add("Fix bike", "med", due=3, tags={"home", "fun"})
todo.add("Taxes", "high", due=10, tags={"money", "work"})
for t in sorted(todo.tasks.values()):
    print(t)
print("next up:", [t.id for t in todo.next_up(3)])
print("tags:", todo.by_tag())
for day, actions in [(0, [3]), (1, [1]), (2, []), (4, [2, 6]), (5, [8, 3, 42, 2])]:
    todo.today = day
    print(f"--- day {day} ---")
    for tid in actions:
        try:
            print("  ", todo.complete(tid))
        except (LookupError, RuntimeError) as e:
            print("   error:", type(e).__name__, e)
    print("   overdue:", [t.id for t in todo.overdue()])
    for d, ts in todo.agenda(3).items():
        print(f"   day {d}: " + ", ".join(t.title for t in ts))
try:
    todo.add("Bad", "urgent")
except ValueError as e:
    print("ValueError:", e)
print(sum(t.done for t in todo.tasks.values()), "of", len(todo.tasks), "done")
print(max(todo.tasks.values()), min(t for t in todo.tasks.values() if t.due is not None), sep="\n")
