# Building strings by concatenation and join; characters and lengths.
parts = []
for i in range(10):
    parts.append(str(i * i))
line = ", ".join(parts)
print(line, len(line))
acc = ""
for ch in "Tiercel":
    acc = ch + acc
print(acc, acc.upper(), acc.lower(), acc[0], acc[-1])
table = ""
for r in range(1, 4):
    row = ""
    for c in range(1, 4):
        row = row + f"{r * c:4}"
    table = table + row + "\n"
print(table, end="")
print("=" * 12, "ab" * 0 == "", "é" * 3)
