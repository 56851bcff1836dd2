# list mutation methods and slice assignment: insert/pop/remove/index edge cases and error messages.
xs = list(range(10))
xs[2:5] = ["a"]
print(xs)
xs[1:1] = [100, 101]
print(xs)
xs[-2:] = []
print(xs)
xs[::2] = "VWXYZ"
print(xs)
xs[len(xs):] = [7, 8]
print(xs)
del xs[::3]
print(xs)
del xs[1:3]
print(xs)
xs[:] = range(5)
print(xs)
xs[10:20] = ["end"]
print(xs)
xs[::-1] = xs[:]
print(xs)
ys = [1, 2, 3]
ys.insert(0, "first")
ys.insert(100, "last")
ys.insert(-1, "penult")
ys.insert(-100, "very first")
print(ys)
print(ys.pop(), ys.pop(0), ys.pop(-2), ys)
zs = [3, 1, 3, 2, 3]
zs.remove(3)
print(zs, zs.index(3), zs.index(3, 2), zs.index(2, -2), zs.count(3), zs.index(1, 0, 1))
zs.extend(range(2))
zs.extend("ab")
zs += (9,)
print(zs)
zs *= 2
print(len(zs), zs[:4])
e = [1]
e *= 0
print(e, [1, 2] * -1, [[0]] * 3)
aliased = [[]] * 2
aliased[0].append("shared")
print(aliased)
def exec_slice_assign(lst, sl, value):
    lst[sl] = value
    return lst


def exec_del(lst, i):
    del lst[i]
    return lst


for thunk in [
    lambda: [].pop(),
    lambda: [1].pop(5),
    lambda: [1].remove(2),
    lambda: [1].index(2),
    lambda: [1, 2].index(1, 1),
    lambda: [1][5],
    lambda: [1].insert("0", 1),
    lambda: exec_slice_assign([0, 1, 2, 3], slice(None, None, 2), [1]),
    lambda: exec_slice_assign([0, 1], slice(0, 1), 5),
    lambda: exec_del([0, 1], 7),
    lambda: [1] + (2,),
    lambda: [1] * 1.5,
    lambda: [0][1.0],
]:
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)
