# Boundaries of the inline int range, float/int mixing and division rules.
big = 2 ** 47
for v in (big - 1, big, -big, -big - 1, big * big):
    print(v, v + 1, v - 1, v * -1, v // 3, v % 7, -v // 3, -v % 7)
print(7 // -2, -7 // 2, 7 % -2, -7 % 2, 7.0 // -2, -7.5 % 2)
print(10 ** 15 + 0.5, 2 ** 60 / 3, 1 / 2 ** 60, 3 * 1.1, 0.1 + 0.7)
print(1e308 * 10, -1e308 * 10, 1e-320 / 10, 5e-324 / 2)
print(int(3.99), int(-3.99), int("  42 "), int("-17"), float("1e3"), float("-inf"), int(2.5e15))
print(abs(-2 ** 70), abs(-0.0), -0.0 == 0.0, 1 == True, 0.0 == False)
