# int.bit_count() and int.as_integer_ratio(), including bools and big ints.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for n in [0, 1, -1, 7, 255, -256, 2**63, 10**30, True, False]:
    show(lambda: (n.bit_count(), n.as_integer_ratio()))
show(lambda: (2**100 + 2**50 + 1).bit_count())
show(lambda: (2**1000 - 1).bit_count())
show(lambda: int.bit_count())
show(lambda: int.bit_count(12))
