# Shuffle-based card games with a seeded RNG: deck building, dealing poker
# hands and ranking them, and a game of War limited to a number of rounds.
import random
from collections import Counter

RANKS = "23456789TJQKA"
SUITS = "cdhs"


def new_deck():
    return [r + s for s in SUITS for r in RANKS]


def rank_value(card):
    return RANKS.index(card[0]) + 2


def hand_rank(hand):
    values = sorted((rank_value(c) for c in hand), reverse=True)
    counts = Counter(values)
    shape = sorted(counts.values(), reverse=True)
    ordered = sorted(counts, key=lambda v: (counts[v], v), reverse=True)
    flush = len({c[1] for c in hand}) == 1
    straight = len(counts) == 5 and values[0] - values[4] == 4
    if values == [14, 5, 4, 3, 2]:
        straight, ordered = True, [5, 4, 3, 2, 1]
    if straight and flush:
        cat = (8, "straight flush")
    elif shape == [4, 1]:
        cat = (7, "four of a kind")
    elif shape == [3, 2]:
        cat = (6, "full house")
    elif flush:
        cat = (5, "flush")
    elif straight:
        cat = (4, "straight")
    elif shape == [3, 1, 1]:
        cat = (3, "three of a kind")
    elif shape == [2, 2, 1]:
        cat = (2, "two pair")
    elif shape == [2, 1, 1, 1]:
        cat = (1, "pair")
    else:
        cat = (0, "high card")
    return cat[0], ordered, cat[1]


random.seed(31337)
rng = random
deck = new_deck()
print(len(deck), deck[:5], deck[-3:])
rng.shuffle(deck)
print(deck[:13])
players = ["ann", "bob", "cat", "dan"]
hands = {p: [deck.pop() for _ in range(5)] for p in players}
for p in players:
    r = hand_rank(hands[p])
    print(p, " ".join(hands[p]), "->", r[2], r[1])
winner = max(players, key=lambda p: hand_rank(hands[p])[:2])
print("winner:", winner, "cards left:", len(deck))
fixed = {"royal": "Ah Kh Qh Jh Th", "wheel": "Ac 2d 3h 4s 5c", "boat": "3c 3d 3h 9s 9c",
         "twopair": "Kc Kd 4h 4s 9c", "quads": "7c 7d 7h 7s 2c", "flush": "2h 9h Jh 4h 6h"}
for name, h in fixed.items():
    print(name, hand_rank(h.split()))


def war(seed, rounds=60):
    random.seed(seed)
    r = random
    d = new_deck()
    r.shuffle(d)
    a, b = d[:26], d[26:]
    for n in range(1, rounds + 1):
        if not a or not b:
            return "game over at round %d" % n, len(a), len(b)
        ca, cb = a.pop(0), b.pop(0)
        pot = [ca, cb]
        r.shuffle(pot)
        if rank_value(ca) >= rank_value(cb):
            a.extend(pot)
        else:
            b.extend(pot)
    return "stopped", len(a), len(b)


for seed in (1, 2, 3):
    print("war", seed, war(seed))
try:
    rank_value("1s")
except ValueError as e:
    print(type(e).__name__, e)
