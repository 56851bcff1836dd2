# __len__, __getitem__, __setitem__, __delitem__, __contains__, __missing__.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}

    def __len__(self):
        return self.w * self.h

    def __getitem__(self, key):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise KeyError(key)
        return self.cells.get(key, ".")

    def __setitem__(self, key, value):
        self.cells[key] = value

    def __delitem__(self, key):
        del self.cells[key]

    def __contains__(self, key):
        return key in self.cells


g = Grid(3, 2)
g[0, 0] = "#"
g[2, 1] = "@"
print(len(g), g[0, 0], g[1, 1], (2, 1) in g, (1, 1) in g)
del g[0, 0]
print(g[0, 0], (0, 0) in g)
try:
    g[5, 5]
except KeyError as e:
    print("KeyError:", e)
for y in range(2):
    print("".join([g[x, y] for x in range(3)]))


class Default:
    def __init__(self):
        self.data = {}

    def __getitem__(self, k):
        return self.data.get(k, 0)


d = Default()
print(d["nothing"], d[3])
try:
    len(d)
except TypeError as e:
    print("TypeError:", e)
try:
    d[1] = 2
except TypeError as e:
    print("TypeError:", e)
try:
    del d[1]
except TypeError as e:
    print("TypeError:", e)


class Sized:
    def __len__(self):
        return 0


print(bool(Sized()), not Sized(), len(Sized()))


class NegLen:
    def __len__(self):
        return -1


try:
    len(NegLen())
except ValueError as e:
    print("ValueError:", e)
nums = [0, 1, 2, 3, 4, 5, 6, 7]
nums[2:5] = ["a", "b"]
print(nums)
nums[::2] = [9, 9, 9, 9]
print(nums)
del nums[1:3]
print(nums)
del nums[::2]
print(nums)
try:
    nums[::2] = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
