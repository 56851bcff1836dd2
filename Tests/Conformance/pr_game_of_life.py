# Conway's Game of Life on a sparse set of cells (ints only): glider motion, blinker period, bounding boxes, rendering.
class Life:
    def __init__(self, pattern):
        self.cells = set()
        for r, line in enumerate(pattern.strip("\n").splitlines()):
            for c, ch in enumerate(line):
                if ch == "#":
                    self.cells.add((r, c))
        self.generation = 0

    def neighbors(self, cell):
        r, c = cell
        return [(r + dr, c + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc]

    def step(self):
        counts = {}
        for cell in self.cells:
            for n in self.neighbors(cell):
                counts[n] = counts.get(n, 0) + 1
        self.cells = {cell for cell, k in counts.items() if k == 3 or (k == 2 and cell in self.cells)}
        self.generation += 1
        return self

    def bbox(self):
        if not self.cells:
            return None
        rs = [r for r, _ in self.cells]
        cs = [c for _, c in self.cells]
        return min(rs), min(cs), max(rs), max(cs)

    def render(self):
        box = self.bbox()
        if box is None:
            return "(empty)"
        r0, c0, r1, c1 = box
        return "\n".join("".join("#" if (r, c) in self.cells else "." for c in range(c0, c1 + 1)) for r in range(r0, r1 + 1))

    def normalized(self):
        r0, c0, _, _ = self.bbox()
        return sorted((r - r0, c - c0) for r, c in self.cells)


glider = Life("""
.#.
..#
###
""")
start = glider.normalized()
for _ in range(4):
    glider.step()
print(glider.generation, glider.bbox(), glider.normalized() == start)
print(glider.render())

blinker = Life("###")
states = []
for _ in range(4):
    states.append(sorted(blinker.cells))
    blinker.step()
print(states[0] == states[2], states[1] == states[3], states[0] != states[1])
print(blinker.render())

block = Life("##\n##")
print(sorted(block.step().step().cells))

rpent = Life("""
.##
##.
.#.
""")
pop = []
for i in range(60):
    pop.append(len(rpent.cells))
    rpent.step()
print(pop)
print(rpent.bbox())
lonely = Life("#..\n...\n..#")
print(lonely.step().render(), lonely.bbox())
toad = Life(".###\n###.")
print(toad.step().render())
print(toad.step().render())
