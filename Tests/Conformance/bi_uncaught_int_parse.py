# Uncaught ValueError from int() of a malformed string, after some successful conversions.
raw = ["10", " 20 ", "-30", "0x1f", "40"]
total = 0
for item in raw[:3]:
    total += int(item)
    print(item.strip(), total)
print(int(raw[3], 16), int(raw[3], 0))
print(sum(int(s) for s in raw))
