# Small and big ints: every operator, across the 48-bit inline boundary.
values = (0, 1, -1, 7, -7, 2 ** 47 - 1, -(2 ** 47), 2 ** 47, 10 ** 30, -(10 ** 30) + 1)
for a in values:
    for b in values:
        print(a + b, a - b, a * b, a & b, a | b, a ^ b, a < b, a == b, a >= b)
        if b != 0:
            print(a // b, a % b, a / b)
    print(-a, ~a, +a, abs(a), a << 3, a >> 2, a ** 3)
