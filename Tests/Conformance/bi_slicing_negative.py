# Slicing lists/strs/tuples with negative steps and out-of-range bounds; slice assignment and deletion with steps.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

xs = list(range(10))
s = "0123456789"
t = tuple(range(10))
cases = [(None, None, -1), (None, None, -2), (8, 2, -1), (8, 2, -3), (2, 8, -1), (-1, -5, -1), (-5, -1, -1), (100, None, -1),
         (None, -100, -1), (5, None, -1), (None, 5, -1), (-100, None, -1), (3, 3, -1), (9, -11, -4), (0, None, -1), (None, 0, -1)]
for a, b, c in cases:
    print((a, b, c), xs[a:b:c], s[a:b:c], t[a:b:c] == tuple(xs[a:b:c]))
print(xs[-3:], xs[:-3], xs[-3:-1], xs[-1:-3], xs[5:100], xs[100:5], xs[-100:-50], s[::-1][::-1] == s, s[::4], s[1::4])
ys = list(range(10))
ys[::2] = "abcde"
print(ys)
ys[::-3] = [None] * 4
print(ys)
del ys[::3]
print(ys)
del ys[-1:-4:-1]
print(ys)
zs = list(range(6))
zs[1:3] = []
zs[0:0] = ["x", "y"]
zs[len(zs):] = [99]
zs[-2:] = "AB"
print(zs)
zs[1:4] = range(10, 16)
print(zs)
show(lambda: zs.__len__() if False else len(zs))
def bad_ext():
    q = list(range(6))
    q[::2] = [1, 2]
show(bad_ext)
def bad_ext_neg():
    q = list(range(6))
    q[::-1] = [1]
show(bad_ext_neg)
def zero_step():
    q = list(range(6))
    q[::0] = []
show(zero_step)
show(lambda: xs[::0])
show(lambda: s[::0])
def str_assign():
    w = "abc"
    w[0:1] = "z"
show(str_assign)
palins = [w for w in ["level", "rotor", "tiercel", "noon", "a", ""] if w == w[::-1]]
print(palins, "hello world"[::-1].split()[::-1], [1, 2, 3, 4][::-2], "abcdef"[-2::-2])
