# Uncaught TypeError from calling sorted() on mixed types after successful sorts.
data = [3, 1, 2]
print(sorted(data), sorted(data, reverse=True), sorted(map(str, data)))
mixed = data + ["4"]
print(len(mixed), mixed)
print(sorted(mixed))
