# Big int products and floor division.
def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r = r * i
    return r

f = factorial(120)
print(f)
print(f // factorial(118), f % 1000007, -f // 7, f >> 100, len(str(f)))
