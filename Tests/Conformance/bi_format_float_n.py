# The 'n' (locale number) presentation type for floats (C locale: behaves like 'g').
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for x in [0.0, -1.5, 3.14159265, 1234567.891, 1e-5, 1e16, float("inf"), float("nan")]:
    show(lambda: (format(x, "n"), format(x, ".3n"), format(x, "10n"), format(x, "+n")))
show(lambda: format(1.5, ",n"))
