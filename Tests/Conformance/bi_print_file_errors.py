# print(file=...) with objects lacking a write method raise AttributeError like CPython.
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: print("a", file=5))
show(lambda: print("a", file="str"))
show(lambda: print("a", file=[]))
class NoWrite:
    pass
show(lambda: print("a", file=NoWrite()))
class BadWrite:
    write = 3
show(lambda: print("a", file=BadWrite()))
