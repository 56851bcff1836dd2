# int methods and attributes: bit_count, as_integer_ratio, numerator/denominator, real/imag, conjugate.
for n in [0, 1, -1, 7, -255, 2**64 - 1, -(2**100), True]:
    print(n, n.bit_count(), n.bit_length(), n.as_integer_ratio(), n.numerator, n.denominator, n.real, n.imag, n.conjugate())
print(type(True.real).__name__, type(True.numerator).__name__, type(True.conjugate()).__name__)
print(type(True.as_integer_ratio()[0]).__name__, (-8).as_integer_ratio(), (0).as_integer_ratio())
print(int.bit_count(255), int.bit_length(256), int.conjugate(-4), int.as_integer_ratio(6))
print(sorted(n for n in dir(int) if not n.startswith("_")))
for thunk in [
    lambda: (5).bit_count(1),
    lambda: (5).as_integer_ratio(2),
    lambda: int.bit_count("5"),
    lambda: (5).numerator(),
    lambda: setattr(5, "real", 1),
    lambda: (5).nonexistent,
    lambda: int.bit_length(),
]:
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)
