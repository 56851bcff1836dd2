def f():
    return *x
