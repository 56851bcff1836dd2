# int.to_bytes/from_bytes edge cases: zero length with signed=True, non-bytes arguments to from_bytes.
print((0).to_bytes(0, "big", signed=True), (0).to_bytes(0, "little", signed=True), (0).to_bytes(0, "big"))
for call in [lambda: int.from_bytes(5, "big"), lambda: int.from_bytes("ab", "big"), lambda: int.from_bytes(None, "big"),
             lambda: int.from_bytes(1.5, "little")]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
