# list methods and in-place operations.
xs = [5, 3, 8, 1]
xs.append(9)
xs.insert(0, 7)
xs.insert(-1, 4)
xs.insert(100, 0)
print(xs, xs.index(8), xs.count(3), len(xs))
xs.remove(3)
print(xs.pop(), xs.pop(0), xs)
xs.sort()
print(xs)
xs.sort(reverse=True)
print(xs)
xs.reverse()
print(xs)
words = ["banana", "Apple", "cherry", "apple"]
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
ys = xs.copy()
ys.extend(range(3))
ys.extend("ab")
print(ys, xs)
ys.clear()
print(ys, bool(ys))
nested = [[3, "c"], [1, "a"], [2, "b"], [1, "z"]]
nested.sort()
print(nested)
print(sorted([3, 1, 2]), sorted("hello"), sorted({"b": 1, "a": 2}), sorted([(2, "x"), (1, "y")], reverse=True))
for bad in [lambda: xs.remove(42), lambda: xs.index(42), lambda: [].pop(), lambda: [1].pop(5), lambda: [1, "a"].sort()]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 5
print(grid, [0] * 0, [1, 2] * 2, 2 * [None])
stack = []
for ch in "(()())":
    if ch == "(":
        stack.append(ch)
    else:
        stack.pop()
print(stack == [], [1, 2, 3][::-1], [1, 2, 3, 4, 5][1:-1:2])
data = list(range(10))
del data[::3]
print(data)
data[1:3] = []
print(data)
data[:0] = [100, 200]
print(data, data.index(200), 200 in data, 300 not in data)
