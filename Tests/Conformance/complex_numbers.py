# complex numbers: literals, arithmetic with int/float, abs/conjugate, repr/str forms,
# the complex() constructor (numbers and strings), hashing, errors, format() specs.
def show(label, fn):
    try:
        print(label, repr(fn()))
    except (TypeError, ValueError, ZeroDivisionError, OverflowError) as e:
        print(label, type(e).__name__, e)


z = 1 + 2j
w = 3 - 4j
print(z, w, type(z).__name__, z.real, z.imag, type(z.real).__name__)
print(z + w, z - w, z * w, z / w, w / 2, 2 / w)
print(z + 1, 1 + z, z * 2.5, 0.5 - z, -z, +z, z ** 2, z ** 0, w ** -1)
print(abs(w), abs(3j), abs(-2 + 0j), w.conjugate(), (5).conjugate(), 2.5.imag)
print(1j ** 2, 1j * 1j, (1 + 1j) ** 3, pow(2, 1j) == 2 ** 1j, pow(1j, 2))
for v in [2j, -2j, 0j, -0j, 1 + 0j, 1.5 + 0j, complex(-0.0, -1.0), complex(0.0, -0.0),
          complex(float("nan"), float("inf")), complex(float("-inf"), float("nan")),
          1e20 + 1e-20j, complex(1, 2.5), 12345678901234567890j, 0.1 + 0.2j]:
    print(repr(v), str(v))
show("complex():", lambda: complex())
show("complex(2):", lambda: complex(2))
show("complex(1.5, -2):", lambda: complex(1.5, -2))
show("complex(1j, 1j):", lambda: complex(1j, 1j))
show("complex(True):", lambda: complex(True, False))
for s in ["1+2j", " 3j ", "-1.5-0.5J", "(4+5j)", "7", "j", "-j", "1e3+1e-3j", "inf-nanj",
          "1 + 2j", "1+", "", "2j+1", "((1+2j))", "1+2jj"]:
    show("complex(%r):" % s, lambda: complex(s))
show("str + imag:", lambda: complex("1", 2))
show("bad type:", lambda: complex([1]))
show("None:", lambda: complex(None))
print(1 + 0j == 1, 2.5 + 0j == 2.5, 1j == 1, complex(3, 0) == 3.0, 1j != 1j)
print(hash(complex(3, 0)) == hash(3), hash(2.5 + 0j) == hash(2.5), hash(0j), hash(-0j))
print(hash(1j) == hash(1j), {1: "int", 1.0 + 0j: "complex"}, len({0, 0.0, 0j}))
print(bool(0j), bool(-0j), bool(1j), bool(complex(0, 0.0001)), not 0j)
show("div zero:", lambda: z / 0)
show("div zero j:", lambda: z / 0j)
show("int / 0j:", lambda: 1 / 0j)
show("floordiv:", lambda: z // 2)
show("mod:", lambda: z % 2)
show("divmod:", lambda: divmod(z, 2))
show("0j ** -1:", lambda: 0j ** -1)
show("lt:", lambda: z < w)
show("gt int:", lambda: z > 1)
show("sort:", lambda: sorted([1j, 2j]))
show("int(1j):", lambda: int(1j))
show("float(1j):", lambda: float(1j))
show("round:", lambda: round(1j))
show("max:", lambda: max(1j, 2j))
print(format(z, ""), format(z, ".2f"), format(w, ">20"), "|" + format(z, "<15") + "|")
print(format(1.5 + 0j, ""), format(2j, ".3f"), format(z, "^20.1f"), format(w, "+.1e"))
print(format(-0.5 - 1j, "g"), format(1 / 3 + 2j / 3, ".3g"), f"{z:*>12}", f"{w!r:>10}")
show("fmt d:", lambda: format(z, "d"))
show("fmt =:", lambda: format(z, "=10"))
print(sum([1j, 2, 3.5]), [c.imag for c in (1, 2.0, 3j)], (2 + 3j).__class__.__name__)
print(isinstance(1j, complex), isinstance(1, complex), complex.__name__, 1j.real)
