# NameError suggestions come from locals, then globals, then builtins.
counter = 10


def bump(amount):
    return countr + amount


print(bump(1))
