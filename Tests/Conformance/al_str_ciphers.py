# Classical ciphers: Caesar, ROT13 via str.translate, Vigenere, Atbash,
# rail fence, and brute-force Caesar cracking with letter frequencies.
from collections import Counter

LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()


def caesar(text, k):
    out = []
    for ch in text:
        if ch in LOWER:
            out.append(LOWER[(LOWER.index(ch) + k) % 26])
        elif ch in UPPER:
            out.append(UPPER[(UPPER.index(ch) + k) % 26])
        else:
            out.append(ch)
    return "".join(out)


ROT13 = str.maketrans(LOWER + UPPER, LOWER[13:] + LOWER[:13] + UPPER[13:] + UPPER[:13])
ATBASH = str.maketrans(LOWER + UPPER, LOWER[::-1] + UPPER[::-1])


def vigenere(text, key, decrypt=False):
    if not key.isalpha():
        raise ValueError("key must be letters only: %r" % key)
    shifts = [ord(c) - ord("a") for c in key.lower()]
    out, i = [], 0
    for ch in text:
        if ch.isalpha() and ch.isascii():
            base = ord("A") if ch.isupper() else ord("a")
            s = shifts[i % len(shifts)] * (-1 if decrypt else 1)
            out.append(chr((ord(ch) - base + s) % 26 + base))
            i += 1
        else:
            out.append(ch)
    return "".join(out)


def rail_fence(text, rails):
    rows = [[] for _ in range(rails)]
    r, step = 0, 1
    for ch in text:
        rows[r].append(ch)
        if rails > 1:
            if r == 0:
                step = 1
            elif r == rails - 1:
                step = -1
            r += step
    return "".join("".join(row) for row in rows)


def crack(cipher):
    common = "etaoinshr"
    scores = []
    for k in range(26):
        cand = caesar(cipher, -k)
        counts = Counter(c for c in cand.lower() if c.isalpha())
        score = sum(counts[c] * (9 - i) for i, c in enumerate(common))
        scores.append((score, -k, cand))
    best = max(scores)
    return -best[1], best[2]


msg = "The Quick Brown Fox Jumps Over The Lazy Dog, 42 times!"
for k in [0, 3, 13, 25, -1, 52]:
    print(k, caesar(msg, k))
print(msg.translate(ROT13))
print(msg.translate(ROT13).translate(ROT13) == msg, msg.translate(ATBASH))
v = vigenere("Attack at dawn! Ünïcode stays.", "Lemon")
print(v, "|", vigenere(v, "LEMON", decrypt=True))
print(rail_fence("WEAREDISCOVEREDFLEEATONCE", 3), rail_fence("abc", 1), rail_fence("abcdef", 2))
secret = caesar("it was the best of times it was the worst of times", 11)
print(secret)
print(crack(secret))
try:
    vigenere("x", "k3y")
except ValueError as e:
    print(type(e).__name__, e)
print(str.maketrans("ab", "xy"), "abcab".translate({97: None, 98: "BB"}))
try:
    str.maketrans("abc", "xy")
except ValueError as e:
    print(type(e).__name__, e)
