# in / not in over str, tuple, range; str methods; indexing.
s = "hello world"
print("wor" in s, "xyz" in s, "" in s, s[0], s[-1], s[4], len(s))
print(3 in range(10), 10 in range(10), 4 in range(0, 10, 2), 5 in range(0, 10, 2), 2 in (1, 2, 3))
print("-".join(["a", "b", "c"]), ", ".join(("x",)), "".join([]), s.upper(), "MiXeD".lower())
words = ["apple", "banana", "cherry"]
for w in words:
    print(w, len(w), w[0], w in words)
