# int() with bases, locals(), globals() and dir() without arguments.
x = 3
print(int("ff", 16), int("0x1F", 0), int("-101", 2), int("z", 36), int("1_000"), int(" 12 "), int("0b11", 0))
def f(a, b=2):
    c = a + b
    return sorted(locals().items()), dir()
print(f(1), "x" in globals(), sorted(k for k in dir() if not k.startswith("_")))
class K:
    y = 1
    print(sorted(locals()))
for bad in ["12a", "0x", "09", "1__0"]:
    try:
        int(bad, 0)
    except ValueError as e:
        print(e)
