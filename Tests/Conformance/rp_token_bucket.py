# Token-bucket and sliding-window rate limiters for several clients, using a fake clock.
from collections import deque, defaultdict


class RateLimited(Exception):
    def __init__(self, client, retry_after):
        super().__init__(f"{client} rate limited, retry in {retry_after:.2f}s")
        self.retry_after = retry_after


class TokenBucket:
    def __init__(self, rate, burst):
        self.rate, self.burst = rate, burst
        self.tokens = float(burst)
        self.stamp = 0.0

    def _refill(self, now):
        elapsed = now - self.stamp
        if elapsed < 0:
            raise ValueError("clock went backwards")
        self.tokens = min(self.burst, self.tokens + elapsed * self.rate)
        self.stamp = now

    def take(self, now, cost=1):
        self._refill(now)
        if cost > self.burst:
            raise ValueError(f"cost {cost} exceeds burst {self.burst}")
        if self.tokens >= cost:
            self.tokens -= cost
            return 0.0
        return (cost - self.tokens) / self.rate


class SlidingWindow:
    def __init__(self, limit, window):
        self.limit, self.window = limit, window
        self.hits = deque()

    def take(self, now, cost=1):
        if cost > self.limit:
            raise ValueError(f"cost {cost} exceeds limit {self.limit}")
        while self.hits and self.hits[0] <= now - self.window:
            self.hits.popleft()
        if len(self.hits) + cost <= self.limit:
            self.hits.extend([now] * cost)
            return 0.0
        return self.hits[0] + self.window - now


class Gateway:
    def __init__(self, factory):
        self.limiters = defaultdict(factory)
        self.log = defaultdict(lambda: [0, 0])

    def request(self, client, now, cost=1):
        wait = self.limiters[client].take(now, cost)
        self.log[client][wait > 0] += 1
        if wait > 0:
            raise RateLimited(client, wait)
        return f"ok({cost})"


TRAFFIC = [(0.0, "alice", 1), (0.1, "alice", 1), (0.2, "alice", 1), (0.3, "alice", 1),
           (0.3, "bob", 2), (0.5, "alice", 1), (1.0, "alice", 1), (1.1, "bob", 2),
           (1.2, "bob", 1), (2.5, "alice", 2), (2.6, "carol", 5), (3.0, "bob", 3),
           (3.1, "alice", 1), (4.0, "carol", 1), (6.0, "bob", 3)]

for name, factory in [("bucket", lambda: TokenBucket(rate=2.0, burst=3)),
                      ("window", lambda: SlidingWindow(limit=3, window=1.0))]:
    gw = Gateway(factory)
    print(f"=== {name} ===")
    for now, client, cost in TRAFFIC:
        try:
            result = gw.request(client, now, cost)
        except RateLimited as e:
            result = f"429 {e} [{e.retry_after:.3f}]"
        except ValueError as e:
            result = f"400 {e}"
        print(f"{now:4.1f} {client:>6} x{cost} {result}")
    summary = {c: f"{ok} ok / {denied} denied" for c, (ok, denied) in sorted(gw.log.items())}
    print(summary)

b = TokenBucket(1.0, 2)
print([round(b.take(t), 3) for t in (0, 0, 0, 0.5, 1.0, 1.0, 5.0)], round(b.tokens, 3))
try:
    b.take(1.0)
except ValueError as e:
    print("ValueError:", e)
