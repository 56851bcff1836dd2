# int/float/bool interplay, big ints, true and floor division, formatting.
print(7 / 2, 7 // 2, -7 // 2, 7 % -3, -7 % 3, 2 ** -1, 2 ** 100, (-2) ** 3, 10 ** 20 // 3)
print(True + True, True * 3, False - 1, 3 * 1.5, 1 / 3, 0.1 + 0.2, 1e16 + 1, 2 ** 53 + 1.0)
print(int("42"), int(" -17 "), int(3.99), int(-3.99), float("1e3"), float("-inf"), float(" 2.5 "))
print(abs(-5), abs(-2.5), abs(True), round(2.5), round(3.5), round(-2.675, 2), divmod(-7, 2), divmod(7.5, -2))
print(max(1, 2.5, True), min([3, 1.0, 2]), sum([0.1] * 3), sum(range(101)), sum([], 10))
print(10 ** 30 + 1 - 10 ** 30, (2 ** 64) % 1000, -(2 ** 70) // 3, (2 ** 70) >> 60, 1 << 70, (2 ** 70) & 0xFF, ~(2 ** 65))
print(1 == 1.0, 1 == True, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, hash(1) == hash(1.0), hash(2 ** 70) == hash(2.0 ** 70))
print(float(2 ** 70), int(1e20), 1e300 * 1e10, -1e300 * 1e10, 5e-324 / 2)
print(f"{1234567.891:,.2f} {0.000123:.3e} {255:#x} {255:08b} {3.14159:g} {-42:+d} {12:^8}|")
for bad in ["int('4.5')", "int('')", "float('abc')", "1 / 0", "2.0 // 0", "int('1_')"]:
    try:
        print(eval(bad) if False else {"int('4.5')": lambda: int("4.5"), "int('')": lambda: int(""),
                                       "float('abc')": lambda: float("abc"), "1 / 0": lambda: 1 / 0,
                                       "2.0 // 0": lambda: 2.0 // 0, "int('1_')": lambda: int("1_")}[bad]())
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
