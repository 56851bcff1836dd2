# Greedy algorithms: Huffman coding with heapq (deterministic tie-break),
# encode/decode round trip, interval merging, activity selection, and
# making change greedily vs optimally.
import heapq
from collections import Counter


def huffman(text):
    freq = Counter(text)
    heap = [(f, i, ch) for i, (ch, f) in enumerate(sorted(freq.items()))]
    heapq.heapify(heap)
    seq = len(heap)
    if seq == 1:
        return {heap[0][2]: "0"}
    while len(heap) > 1:
        f1, _, a = heapq.heappop(heap)
        f2, _, b = heapq.heappop(heap)
        heapq.heappush(heap, (f1 + f2, seq, (a, b)))
        seq += 1
    codes = {}

    def walk(node, prefix):
        if isinstance(node, str):
            codes[node] = prefix
        else:
            walk(node[0], prefix + "0")
            walk(node[1], prefix + "1")

    walk(heap[0][2], "")
    return codes


def decode(bits, codes):
    rev = {v: k for k, v in codes.items()}
    out, cur = [], ""
    for b in bits:
        cur += b
        if cur in rev:
            out.append(rev[cur])
            cur = ""
    if cur:
        raise ValueError("trailing bits %r" % cur)
    return "".join(out)


for text in ["abracadabra", "mississippi river", "aaaa", "the quick brown fox"]:
    codes = huffman(text)
    bits = "".join(codes[c] for c in text)
    print(repr(text), sorted(codes.items()))
    print("   bits=%d fixed=%d ratio=%.3f ok=%s" % (len(bits), 8 * len(text), len(bits) / (8 * len(text)), decode(bits, codes) == text))
try:
    decode("0101", {"a": "00", "b": "11"})
except ValueError as e:
    print(type(e).__name__, e)


def merge_intervals(iv):
    out = []
    for s, e in sorted(iv):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return out


print(merge_intervals([(1, 3), (2, 6), (8, 10), (15, 18), (17, 20), (9, 9)]), merge_intervals([]))


def activities(acts):
    chosen, end = [], float("-inf")
    for name, s, e in sorted(acts, key=lambda a: (a[2], a[1])):
        if s >= end:
            chosen.append(name)
            end = e
    return chosen


acts = [("a1", 1, 4), ("a2", 3, 5), ("a3", 0, 6), ("a4", 5, 7), ("a5", 3, 9), ("a6", 5, 9),
        ("a7", 6, 10), ("a8", 8, 11), ("a9", 8, 12), ("a10", 2, 14), ("a11", 12, 16)]
print(activities(acts))


def greedy_change(coins, amount):
    used = []
    for c in sorted(coins, reverse=True):
        k, amount = divmod(amount, c)
        used += [c] * k
    return used if amount == 0 else None


for coins, amt in [([25, 10, 5, 1], 63), ([4, 3, 1], 6), ([5, 2], 3), ([1, 7, 10], 14)]:
    print(coins, amt, greedy_change(coins, amt))
