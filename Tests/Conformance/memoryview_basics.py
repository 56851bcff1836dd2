# memoryview over bytes and bytearray: indexing, slicing views, writes through to a bytearray, release.
b = bytearray(b"hello world")
m = memoryview(b)
print(len(m), m[0], m[-1], bytes(m[0:5]), m[6:].tobytes(), m.tolist()[:3], m.readonly, m.nbytes, m.format, m.itemsize)
m[0] = ord("H")
m[6:11] = b"WORLD"
print(b, bytes(m[::2]), m[1:4] == b"ell", m == b, m.obj is b, m.shape, m.ndim)
r = memoryview(b"abc")
print(r.readonly, hash(r) == hash(b"abc"), list(r), r.hex(), bytes(r[::-1]), b"-".join([r, m[:2]]))
for label, f in [("ro write", lambda: r.__setitem__(0, 1)), ("range", lambda: m.__setitem__(0, 300)),
                 ("type", lambda: m.__setitem__(0, "x")), ("index", lambda: m[99]), ("size", lambda: m.__setitem__(slice(0, 2), b"xyz")),
                 ("hash rw", lambda: hash(m)), ("str", lambda: memoryview("text"))]:
    try:
        print(label, f())
    except (TypeError, ValueError, IndexError) as e:
        print(label, type(e).__name__, e)
with memoryview(b"ctx") as v:
    print(v.tobytes(), repr(v).startswith('<memory at'))
print(repr(v).startswith('<released memory at'))
try:
    v[0]
except ValueError as e:
    print(type(e).__name__, e)
import io
s = io.BytesIO()
print(s.write(memoryview(b"via view")), s.getvalue(), bytes(memoryview(bytearray(b"xy"))))
