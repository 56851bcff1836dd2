# Slicing lists, tuples and strs: defaults, negatives, steps, clamping.
xs = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(xs[2:5], xs[:3], xs[7:], xs[:], xs[-3:], xs[:-7], xs[::2], xs[1::3], xs[::-1], xs[8:2:-2])
print(xs[100:], xs[-100:2], xs[5:2], xs[::-3], xs[-1:-4:-1], xs[3:3])
t = tuple(xs) if False else (0, 1, 2, 3, 4)
print(t[1:3], t[::-1], t[:0], t[-2:])
s = "Hello, world"
print(s[:5], s[7:], s[::-1], s[::2], s[-5:-1], s[100:], "é日本x"[1:3])
words = "a b c d".split(" ") if False else ["a", "b", "c", "d"]
print(words[1:-1], len(words[::2]))
