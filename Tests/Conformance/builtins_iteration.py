print(repr(round(2.5)), round(3.14159, 2), round(1234, -2), divmod(7, -2), divmod(7.5, 2), pow(2, 10, 7), pow(2, -1), hex(255), bin(-5), oct(8), chr(955), ord('λ'))
print(list(reversed(range(5))), list(reversed('abc')), list(map(lambda a, b: a+b, [1,2], [3,4,5])))
print(type(map(str, [])).__name__, type(zip()).__name__, type(enumerate([])).__name__, type(filter(None, [])).__name__)
print(round(2.675, 2), round(-0.5), round(0.5), round(1250.0, -2), round(1251.0, -2), round(-1250.5, -2), round(1250, -2), round(1350, -2))
print(list(enumerate("ab", 1)), list(zip("abc", range(10), [True]*3)), list(filter(None, [0, 1, "", "x"])))
print(any([0, 0]), any(x > 2 for x in range(5)), all([]), all(x for x in [1, 0]))
m = map(int, ["1", "2"])
print(next(m), list(m), isinstance(m, map))
try:
    round(float("inf"))
except OverflowError as e:
    print(e)
for bad in [lambda: chr(-1), lambda: ord("ab"), lambda: hex(1.5), lambda: reversed(5), lambda: map(abs), lambda: divmod(1, 0), lambda: pow(2, 3, 0)]:
    try:
        bad()
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
print(round(0.125, 2), round(-2.5), round(7, 1), round(1e15 + 0.5), round(5.5), round(6.5), round(-0.0, 1))
print(list(reversed([1, 2, 3])), list(reversed((4, 5))), list(reversed(range(1, 10, 3))))
squares = map(lambda v: v * v, range(4))
print(list(zip(squares, "abcd")))
print(dict(enumerate("xyz")), list(map(str.upper, ["a", "b"])) if hasattr(str, "upper") else None)
