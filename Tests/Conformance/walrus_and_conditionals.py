# Assignment expressions, conditional expressions, short-circuiting.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 6], y)
total = 0
while (chunk := data[total:total + 2]):
    print(chunk)
    total += 2
calls = []


def check(v):
    calls.append(v)
    return v


print(check(0) and check(1), check(2) or check(3), check(None) or check(0) or check("last"))
print(calls)
print("even" if 4 % 2 == 0 else "odd", [("big" if v > 5 else "small") for v in data])
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, 1 == 1.0 != 2, "a" < "b" < "c")
x = 5
print(0 <= x < 10 and x % 2 == 1, not x, not not x, x and "truthy", [] or "empty", None or 0)
