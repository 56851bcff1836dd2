# A bank with tellers and a customer queue, simulated in discrete ticks with
# a seeded RNG; classes for customers, tellers and the bank; statistics.
import random
from collections import deque


class Customer:
    next_id = 1

    def __init__(self, arrival, service):
        self.id = Customer.next_id
        Customer.next_id += 1
        self.arrival = arrival
        self.service = service
        self.start = None

    def __repr__(self):
        return "C%d(arr=%d,svc=%d)" % (self.id, self.arrival, self.service)


class Teller:
    def __init__(self, name):
        self.name = name
        self.current = None
        self.remaining = 0
        self.served = 0
        self.busy_ticks = 0

    def idle(self):
        return self.current is None

    def take(self, customer, now):
        customer.start = now
        self.current = customer
        self.remaining = customer.service

    def tick(self):
        if self.current is None:
            return None
        self.busy_ticks += 1
        self.remaining -= 1
        if self.remaining == 0:
            done, self.current = self.current, None
            self.served += 1
            return done
        return None


class Bank:
    def __init__(self, tellers, seed):
        random.seed(seed)
        self.tellers = [Teller(n) for n in tellers]
        self.queue = deque()
        self.waits = []
        self.log = []
        self.max_queue = 0

    def run(self, ticks, arrival_prob=0.55):
        for now in range(ticks):
            if random.random() < arrival_prob:
                c = Customer(now, random.randint(1, 5))
                self.queue.append(c)
                self.log.append("t=%02d arrive %r" % (now, c))
            for t in self.tellers:
                if t.idle() and self.queue:
                    c = self.queue.popleft()
                    t.take(c, now)
                    self.waits.append(now - c.arrival)
                    self.log.append("t=%02d %s serves C%d (waited %d)" % (now, t.name, c.id, now - c.arrival))
            self.max_queue = max(self.max_queue, len(self.queue))
            for t in self.tellers:
                done = t.tick()
                if done:
                    self.log.append("t=%02d %s done C%d" % (now, t.name, done.id))

    def report(self, ticks):
        print("\n".join(self.log[:25]))
        print("... %d log lines" % len(self.log))
        for t in self.tellers:
            print("%-6s served=%d utilisation=%.1f%%" % (t.name, t.served, 100.0 * t.busy_ticks / ticks))
        avg = sum(self.waits) / len(self.waits) if self.waits else 0.0
        print("waits", self.waits, "avg %.2f" % avg, "max queue", self.max_queue, "still queued", list(self.queue))


bank = Bank(["alice", "bob"], seed=11)
bank.run(30)
bank.report(30)
Customer.next_id = 1
small = Bank(["solo"], seed=11)
small.run(30)
print("one teller: served", small.tellers[0].served, "queued", len(small.queue), "max", small.max_queue)
try:
    Bank([], seed=1).report(0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
