# Minesweeper with a fixed mine layout: neighbour counts, flood-fill reveal, flags and win/loss detection.

LAYOUT = """\
.....*..
..*.....
........
*....**.
........
...*....
"""


class Boom(Exception):
    pass


class Minefield:
    def __init__(self, layout):
        rows = layout.splitlines()
        self.h, self.w = len(rows), len(rows[0])
        self.mines = {(r, c) for r, row in enumerate(rows) for c, ch in enumerate(row) if ch == "*"}
        self.revealed = set()
        self.flags = set()
        self.counts = {(r, c): sum(n in self.mines for n in self.around(r, c))
                       for r in range(self.h) for c in range(self.w)}

    def around(self, r, c):
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if (dr or dc) and 0 <= r + dr < self.h and 0 <= c + dc < self.w:
                    yield r + dr, c + dc

    def reveal(self, r, c):
        if not (0 <= r < self.h and 0 <= c < self.w):
            raise IndexError(f"cell {(r, c)} is off the board")
        if (r, c) in self.flags:
            return 0
        if (r, c) in self.mines:
            self.revealed.add((r, c))
            raise Boom(f"stepped on a mine at {(r, c)}")
        stack, opened = [(r, c)], 0
        while stack:
            cell = stack.pop()
            if cell in self.revealed or cell in self.flags:
                continue
            self.revealed.add(cell)
            opened += 1
            if self.counts[cell] == 0:
                stack.extend(n for n in self.around(*cell) if n not in self.revealed)
        return opened

    def chord(self, r, c):
        """Reveal all neighbours of a numbered cell whose flags match its count."""
        ns = list(self.around(r, c))
        if sum(n in self.flags for n in ns) != self.counts[(r, c)]:
            return 0
        return sum(self.reveal(*n) for n in ns if n not in self.revealed)

    def toggle_flag(self, r, c):
        if (r, c) in self.revealed:
            raise ValueError(f"cannot flag revealed cell {(r, c)}")
        self.flags ^= {(r, c)}

    @property
    def won(self):
        return len(self.revealed) == self.h * self.w - len(self.mines)

    def render(self, show_all=False):
        lines = ["   " + "".join(str(c) for c in range(self.w))]
        for r in range(self.h):
            row = []
            for c in range(self.w):
                cell = (r, c)
                if cell in self.revealed or show_all:
                    row.append("*" if cell in self.mines else (str(self.counts[cell]) if self.counts[cell] else " "))
                else:
                    row.append("F" if cell in self.flags else "#")
            lines.append(f"{r:>2} " + "".join(row))
        return "\n".join(lines)


field = Minefield(LAYOUT)
print(field.render(show_all=True))
print("mines:", sorted(field.mines))
moves = [("reveal", 0, 0), ("flag", 1, 2), ("reveal", 1, 2), ("reveal", 5, 7), ("flag", 0, 5),
         ("chord", 1, 4), ("flag", 3, 5), ("flag", 3, 6), ("reveal", 5, 0), ("reveal", 4, 5),
         ("flag", 0, 0), ("reveal", 9, 9), ("flag", 0, 5), ("reveal", 0, 5)]
for op, r, c in moves:
    try:
        if op == "reveal":
            note = f"opened {field.reveal(r, c)}"
        elif op == "chord":
            note = f"chord opened {field.chord(r, c)}"
        else:
            field.toggle_flag(r, c)
            note = f"flags={sorted(field.flags)}"
    except Boom as e:
        print(f"{op} {r},{c}: BOOM - {e}")
        break
    except (ValueError, IndexError) as e:
        note = f"{type(e).__name__}: {e}"
    print(f"{op} {r},{c}: {note} | revealed {len(field.revealed)}, won={field.won}")
print(field.render())
