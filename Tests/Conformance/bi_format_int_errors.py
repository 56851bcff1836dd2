# Invalid int/float format specs raise ValueError/OverflowError with CPython's messages.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: format(5, "s"))
show(lambda: format(5, ".2d"))
show(lambda: format(5, ",b"))
show(lambda: format(5, "=s"))
show(lambda: format(-1, "c"))
show(lambda: format(0x110000, "c"))
show(lambda: format(5, "+c"))
show(lambda: format(5, ",c"))
show(lambda: format(5, "z"))
show(lambda: format(5, "5 d"))
show(lambda: format(5, ",_"))
show(lambda: format(5, "__"))
show(lambda: format(5, "#c"))
show(lambda: format(5, "d", "x"))
show(lambda: "{:d}".format("5"))
show(lambda: "{:x}".format(1.5))
show(lambda: format(1.5, ",,"))
show(lambda: format(1.5, ".2n,"))
show(lambda: format(1.5, "10.2.1f"))
