# bytes: whitespace split/rsplit with maxsplit keep the unsplit remainder's surrounding whitespace (like str).
cases = [b"  x  y  ", b"a b c d", b"\tlead\ttab\t", b"  one  ", b"a  b  c  "]
for c in cases:
    for n in [0, 1, 2]:
        print(repr(c), n, c.split(None, n), c.rsplit(None, n))
        print("   str:", c.decode().split(None, n), c.decode().rsplit(None, n))
print(bytearray(b"  p  q  ").split(maxsplit=1), bytearray(b"  p  q  ").rsplit(maxsplit=1))
print(b" a b ".split(maxsplit=-1), b" a b ".rsplit(maxsplit=-1))
