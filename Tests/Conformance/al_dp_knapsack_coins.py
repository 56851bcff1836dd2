# 0/1 knapsack with item recovery, unbounded knapsack, coin change (count and min).

def knapsack(items, capacity):
    n = len(items)
    dp = [[0] * (capacity + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        name, w, v = items[i - 1]
        for c in range(capacity + 1):
            dp[i][c] = dp[i - 1][c]
            if w <= c and dp[i - 1][c - w] + v > dp[i][c]:
                dp[i][c] = dp[i - 1][c - w] + v
    chosen = []
    c = capacity
    for i in range(n, 0, -1):
        if dp[i][c] != dp[i - 1][c]:
            name, w, v = items[i - 1]
            chosen.append(name)
            c -= w
    return dp[n][capacity], chosen[::-1]


def unbounded(items, capacity):
    best = [0] * (capacity + 1)
    for c in range(1, capacity + 1):
        for _, w, v in items:
            if w <= c:
                best[c] = max(best[c], best[c - w] + v)
    return best


def coin_ways(coins, amount):
    ways = [1] + [0] * amount
    for coin in coins:
        for a in range(coin, amount + 1):
            ways[a] += ways[a - coin]
    return ways[amount]


def min_coins(coins, amount):
    INF = float("inf")
    best = [0] + [INF] * amount
    last = [None] * (amount + 1)
    for a in range(1, amount + 1):
        for coin in coins:
            if coin <= a and best[a - coin] + 1 < best[a]:
                best[a] = best[a - coin] + 1
                last[a] = coin
    if best[amount] == INF:
        raise ValueError("amount %d cannot be made from %s" % (amount, coins))
    used = []
    while amount:
        used.append(last[amount])
        amount -= last[amount]
    return len(used), sorted(used, reverse=True)


items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
         ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40)]
for cap in [0, 10, 60, 100, 200]:
    print(cap, knapsack(items, cap))
small = [("a", 3, 5), ("b", 4, 7), ("c", 7, 13)]
print(unbounded(small, 15))
print(coin_ways([1, 2, 5], 11), coin_ways([2], 3), coin_ways([1, 5, 10, 25, 50], 100), coin_ways([3, 7], 0))
for coins, amt in [([1, 2, 5], 11), ([1, 3, 4], 6), ([2], 3), ([5, 10, 25], 30), ([7, 3], 1)]:
    try:
        print(coins, amt, min_coins(coins, amt))
    except ValueError as e:
        print(type(e).__name__, e)
print(float("inf") + 1, float("inf") > 10**30, min(float("inf"), 3))
