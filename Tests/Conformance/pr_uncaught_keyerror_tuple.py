# Uncaught KeyError with a tuple key: the message is the repr of the key.
grid = {(0, 0): "start", (1, 2): "goal"}
for key in [(0, 0), (1, 2)]:
    print(key, grid[key])
try:
    grid[(5, 5)]
except KeyError as e:
    print("caught", e, e.args)
print(grid[("row", 3)])
