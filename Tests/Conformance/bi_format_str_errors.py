# format specs invalid for str ('=', sign, ',', '#') raise ValueError; zero-padding a str pads on the right; error type names.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: format("abc", "=5"))
show(lambda: format("abc", "+"))
show(lambda: format("abc", " "))
show(lambda: format("abc", ","))
show(lambda: format("abc", "_"))
show(lambda: format("abc", "#"))
show(lambda: format("abc", "05"))
show(lambda: format("abc", "0^7"))
show(lambda: f"{'x':08}")
show(lambda: "{:<<<}".format(1))
show(lambda: "{0:{1}}".format(1, "}"))
show(lambda: format(1, "<<<"))
