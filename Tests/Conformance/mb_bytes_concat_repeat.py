# bytes: + and * between bytes and bytearray (result types), augmented assignment on immutable bytes, and operand errors.
a, ba = b"ab", bytearray(b"cd")
for r in [a + a, a + ba, ba + a, ba + ba, a * 2, ba * 2, 0 * a, a * -3, ba * 0, True * a]:
    print(repr(r), type(r).__name__)

# += on bytes rebinds to a new object; on bytearray it mutates in place
x = b"ab"
y = x
x += b"cd"
print(x, y, x is y)
p = bytearray(b"ab")
q = p
p += b"cd"
print(p, q, p is q)
z = b"xy"
z *= 3
print(z)

for call in [lambda: b"a" + "b", lambda: "a" + b"b", lambda: b"a" + 1, lambda: b"a" + [1], lambda: b"a" * "2", lambda: b"a" * 1.5,
             lambda: bytearray(b"a") + "b", lambda: bytearray(b"a") * None, lambda: b"a" - b"a", lambda: -b"a",
             lambda: b"a" + None, lambda: [1] + b"a"]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)

def iadd_str():
    v = bytearray(b"x")
    v += "y"
for call in [iadd_str]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)

# building bytes from parts: join vs repeated concatenation give the same result
parts = [bytes([65 + i]) * (i + 1) for i in range(5)]
acc = b""
for part in parts:
    acc = acc + part
print(acc, acc == b"".join(parts), len(acc))

# sum() refuses bytes as a start value
try:
    sum([b"a", b"b"], b"")
except TypeError as e:
    print(type(e).__name__, e)

# repetition of empty and large counts
print(b"" * 1000, len(b"-" * 40), (b"ab" * 3)[1::2], bytes(3) * 2)
