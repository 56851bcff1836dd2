# Board-game state snapshots with the copy module: deepcopy for undo
# history, shallow copy pitfalls, and copying objects with nested lists.
import copy


class Board:
    def __init__(self, n):
        self.cells = [["."] * n for _ in range(n)]
        self.moves = []

    def play(self, r, c, mark):
        if self.cells[r][c] != ".":
            raise ValueError("cell %d,%d taken" % (r, c))
        self.cells[r][c] = mark
        self.moves.append((r, c, mark))

    def __str__(self):
        return "\n".join("".join(row) for row in self.cells)


b = Board(3)
history = [copy.deepcopy(b)]
for r, c, m in [(0, 0, "X"), (1, 1, "O"), (0, 2, "X")]:
    b.play(r, c, m)
    history.append(copy.deepcopy(b))
print(b)
print([len(h.moves) for h in history], str(history[1]).replace("\n", "|"))
shallow = copy.copy(b)
shallow.cells[2][2] = "O"
print(b.cells[2][2], shallow.cells is b.cells)
grid = [[0, 1], [2, 3]]
g2 = copy.deepcopy(grid)
g2[0][0] = 99
print(grid, g2, copy.copy(grid)[1] is grid[1])
try:
    history[-1].play(0, 0, "O")
except ValueError as e:
    print(type(e).__name__, e)
