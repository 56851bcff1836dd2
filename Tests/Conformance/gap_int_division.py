# Floor division, modulo and true division with mixed signs, floats and big ints.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (1, 7), (-1, 7), (6, 3), (-6, 3)]
for a, b in pairs:
    print(a, b, a // b, a % b, a / b, divmod(a, b), (a // b) * b + a % b == a)
fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (0.0, 5), (-0.0, 5), (1e300, 1e-10), (5, 0.3)]
for a, b in fpairs:
    print(a, b, a // b, a % b, a / b)
print(-0.0 % 5, 0.0 % -5, -1e-20 % 1.0, 1e-20 % -1.0, 3 % float("inf"), -3 % float("inf"))
big = 10**30 + 7
print(big // 3, big % 3, -big // 3, -big % 3, big // -10**15, big % -10**15, big / 10**29)
print(10**400 // 10**399, 2**200 / 2**199, (10**20 + 1) / 10, 1 / 3, 2 / 3, 10 / 4)
print(7 // True, 7 % True, True / 2, False // 3, 5.0 // 1, int(-7 / 2), -7 // 2)
print(type(6 / 3).__name__, type(6 // 3).__name__, type(6.0 // 3).__name__, 6 / 3)
print(float("inf") // 1, float("-inf") % 3 if False else "x", 5 // float("inf"), -5 // float("inf"))
a = 17
a //= 5
b = 17
b %= -5
c = 17
c /= 4
print(a, b, c)
for thunk in [
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1 / 0,
    lambda: 1.0 // 0,
    lambda: 1.0 % 0.0,
    lambda: 1.0 / 0,
    lambda: 10**400 / 1,
    lambda: 1 / 10**400,
    lambda: 10**400 / 10**399,
    lambda: "a" // 2,
    lambda: 2 % "a",
    lambda: float("inf") % 2,
    lambda: divmod(float("inf"), 2),
]:
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)
