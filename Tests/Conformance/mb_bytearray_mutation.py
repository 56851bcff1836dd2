# bytearray: append/extend/insert/pop/remove/reverse/clear/copy, item assignment, += and *=, and their errors.
ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba.extend([103, 104])
ba.extend(bytearray(b"i"))
ba.extend(range(106, 108))
ba.extend(x for x in b"lm")
print(ba, len(ba))
ba.insert(0, 64)
ba.insert(-1, 95)
ba.insert(100, 33)
ba.insert(-100, 35)
print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(95)
ba.remove(ord("c"))
print(ba)
ba[0] = 65
ba[-1] = 90
print(ba)
ba.reverse()
print(ba)
c = ba.copy()
c.append(49)
print(ba, c, c is not ba)
ba.clear()
print(ba, len(ba), bool(ba))

x = bytearray(b"ab")
alias = x
x += b"cd"
x += bytearray(b"e")
print(x, alias, x is alias)
x *= 2
print(x, alias is x)
y = x * 0
print(y, type(y).__name__, bytearray(b"z") * 3, 2 * bytearray(b"pq"))
x *= -1
print(x, alias)

for call in [lambda: bytearray().pop(), lambda: bytearray(b"a").remove(98), lambda: bytearray(b"a").append(256),
             lambda: bytearray(b"a").append(-1), lambda: bytearray(b"a").append(b"b"), lambda: bytearray(b"a").append("b"),
             lambda: bytearray(b"a").insert(0, 300), lambda: bytearray(b"a").extend([1, 256]), lambda: bytearray(b"a").extend("str"),
             lambda: bytearray(b"a").extend(5), lambda: bytearray(b"abc").pop(5), lambda: bytearray(b"a").__setitem__(0, 256),
             lambda: bytearray(b"a").__setitem__(3, 1), lambda: bytearray(b"a").__setitem__(0, b"x"), lambda: bytearray(b"a").remove(300)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)

# extend with a failing element keeps the earlier ones? (CPython builds the whole value first)
z = bytearray(b"k")
try:
    z.extend([65, 66, 999])
except ValueError as e:
    print(type(e).__name__, e, z)

# a bytearray used as a growing output buffer
out = bytearray()
for word in [b"alpha", b"beta", b"gamma"]:
    out += len(word).to_bytes(1, "big")
    out += word
print(out, len(out), bytes(out))
