# while/for with break, continue and else.
total = 0
for i in range(100):
    if i % 3 == 0:
        continue
    if i > 50:
        break
    total += i
print(total)
n = 0
while n < 10:
    n += 1
else:
    print("while else", n)
for i in range(3):
    pass
else:
    print("for else", i)
for i in range(10, 0, -3):
    print(i)
for ch in "héllo":
    print(ch)
for item in (1, "two", 3.0, None):
    print(item)
