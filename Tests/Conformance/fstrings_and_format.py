# f-strings: conversions, '=', nested specs; format() for int, float and str.
name = "tiercel"
n = 42
x = 3.14159
w = 10
print(f"{name} {n} {x}")
print(f"{name!r} {n!s} {x=} {n + 1 = }")
print(f"[{n:5}] [{n:<5}] [{n:^6}] [{n:*>7}] [{n:05}] [{-n:05}] [{n:+}] [{n: }]")
print(f"[{x:.2f}] [{x:10.3f}] [{x:<10.1f}|] [{x:e}] [{x:.3e}] [{x:g}] [{x:%}] [{0.5:.0%}]")
print(f"[{255:x}] [{255:X}] [{255:#x}] [{255:o}] [{5:b}] [{5:#b}] [{1234567:,}] [{1234567.891:,.2f}] [{10**12:_}]")
print(f"[{name:>{w}}] [{name:.3}] [{name:^11}] [{'':-^9}]")
print(format(7, "03"), format(2.5), format("s", ">4"), format(1e20, ".2e"), format(-0.0, ".1f"))
print(f"{'nested ' + f'{n:x}'}", f"{{literal}}", f"{(1, 2)}", f"{[1, 'a']}")
