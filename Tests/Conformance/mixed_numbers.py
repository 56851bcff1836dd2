# int/float/bool mix; equality across types.
print(1 + 2.5, 3 * 0.5, 2 ** -1, True + 1, True == 1, 1 == 1.0, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(10 / 4, 10 // 4, -10 // 4, 10 % -4, 7.5 // 2, True * 3.5)
print(1 < 1.5 < 2, 3 > 2 > 1 > 0, 1 <= 0.9999)
