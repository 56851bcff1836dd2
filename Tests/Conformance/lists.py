# Lists: displays, indexing (negative too), item assignment, append/pop,
# iteration while growing, membership, equality, repr.
xs = [3, 1, 4]
xs.append(1)
xs.append(5)
print(xs, len(xs), xs[0], xs[-1], xs[2])
xs[1] = "one"
xs[-1] += 10
print(xs, xs.pop(), xs.pop(0), xs)
total = 0
for x in [10, 20, 30]:
    total += x
print(total, 20 in [10, 20], 25 not in [10, 20], [1, 2] == [1, 2], [1, [2]] == [1, [2.0]])
grow = [1]
for x in grow:
    if x < 5:
        grow.append(x + 1)
print(grow, [], [[]], bool([]), bool([0]))
squares = []
i = 0
while i < 6:
    squares.append(i * i)
    i += 1
print(squares, squares[3])
