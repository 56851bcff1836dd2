# bool() of built-in values through and/or/not and conditionals.
for v in (0, 1, -1, 0.0, 2.5, "", "x", (), (0,), None, True, False, 10 ** 40):
    print(repr(v), not v, v and "yes", v or "no", "T" if v else "F")
