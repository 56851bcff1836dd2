# bytes: hex() separator validation errors (non-ASCII separator, non-string separator, bad bytes_per_sep).
for call in [lambda: b"ab".hex("é"), lambda: bytearray(b"ab").hex("\u20ac"), lambda: b"ab".hex(1),
             lambda: b"ab".hex(None), lambda: b"ab".hex(":", "2"), lambda: b"ab".hex("")]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
