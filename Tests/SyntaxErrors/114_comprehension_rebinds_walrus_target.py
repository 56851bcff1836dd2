def f():
    return [x for x in range(3) if (y := x) for y in z]
