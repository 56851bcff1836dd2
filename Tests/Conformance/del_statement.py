# del on names, attributes, items and slices.
a = 1
b = [1, 2, 3, 4, 5]
c = {"x": 1, "y": 2}
del a
try:
    print(a)
except NameError as e:
    print("NameError:", e)
del b[0], b[-1]
print(b)
del b[:]
print(b)
del c["x"]
print(c)


class O:
    pass


o = O()
o.p = 1
o.q = 2
del o.p
print(vars(o))


def f():
    x = 5
    del x
    x = 6
    return x


print(f())
try:
    del c["zz"]
except KeyError as e:
    print("KeyError:", e)
x, y = 1, 2
del x, y
print("deleted both")
