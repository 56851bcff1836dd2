# slice objects: construction, attributes, use with lists/strings/tuples, repr and errors.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step, repr(slice(5)), slice(None), slice(None, None, -1), slice("a", "b"))
data = list(range(10))
text = "abcdefghij"
for sl in [slice(2, 5), slice(None, 3), slice(7, None), slice(None, None, 2), slice(None, None, -1), slice(-3, None),
           slice(8, 2, -2), slice(-1, -5, -1), slice(100, 200), slice(-100, 3), slice(3, 3), slice(None, None, 3)]:
    print(repr(sl), data[sl], text[sl], tuple(data)[sl])
lst = list(range(8))
lst[slice(0, 8, 2)] = ["a", "b", "c", "d"]
print(lst)
del lst[slice(None, None, 3)]
print(lst)
lst[slice(1, 3)] = []
print(lst)

class Sliceable:
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        return ("index", key)
o = Sliceable()
print(o[1:2], o[::3], o[:], o[5], o[-1:], o["a":"b":"c"], o[1:2, 3])
show(lambda: data[::0])
show(lambda: slice())
show(lambda: data["a":"b"])
show(lambda: text[1.5:])
show(lambda: hash(slice(1, 2)) == hash(slice(1, 2)))
