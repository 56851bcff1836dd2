# A robot on a grid with obstacles: command execution, collisions, BFS path planning and route replay.
from collections import deque

GRID = """\
S..#......
.#.#.####.
.#...#....
.####.#.#.
......#.#G
.#.#..#...
"""

HEADINGS = "NESW"
STEP = {"N": (-1, 0), "E": (0, 1), "S": (1, 0), "W": (0, -1)}


class Collision(Exception):
    def __init__(self, pos, what):
        super().__init__(f"bumped into {what} at {pos}")
        self.pos = pos


class World:
    def __init__(self, text):
        self.rows = [list(line) for line in text.splitlines()]
        self.h, self.w = len(self.rows), len(self.rows[0])
        self.start = self.find("S")
        self.goal = self.find("G")

    def find(self, ch):
        for r, row in enumerate(self.rows):
            if ch in row:
                return r, row.index(ch)
        raise LookupError(ch)

    def blocked(self, pos):
        r, c = pos
        if not (0 <= r < self.h and 0 <= c < self.w):
            return "the wall"
        return "a rock" if self.rows[r][c] == "#" else None

    def neighbours(self, pos):
        for d in HEADINGS:
            nxt = (pos[0] + STEP[d][0], pos[1] + STEP[d][1])
            if not self.blocked(nxt):
                yield d, nxt

    def shortest(self, start, goal):
        prev = {start: None}
        queue = deque([start])
        while queue:
            cur = queue.popleft()
            if cur == goal:
                break
            for d, nxt in self.neighbours(cur):
                if nxt not in prev:
                    prev[nxt] = (cur, d)
                    queue.append(nxt)
        if goal not in prev:
            return None
        path, cur = [], goal
        while prev[cur]:
            cur, d = prev[cur]
            path.append(d)
        return "".join(reversed(path))


class Robot:
    def __init__(self, world):
        self.world = world
        self.pos, self.heading = world.start, "E"
        self.trail = [self.pos]

    def run(self, program):
        for i, cmd in enumerate(program):
            if cmd == "L":
                self.heading = HEADINGS[(HEADINGS.index(self.heading) - 1) % 4]
            elif cmd == "R":
                self.heading = HEADINGS[(HEADINGS.index(self.heading) + 1) % 4]
            elif cmd == "F":
                dr, dc = STEP[self.heading]
                nxt = (self.pos[0] + dr, self.pos[1] + dc)
                what = self.world.blocked(nxt)
                if what:
                    raise Collision(nxt, what)
                self.pos = nxt
                self.trail.append(nxt)
            else:
                raise ValueError(f"bad command {cmd!r} at {i}")
        return self.pos


def to_commands(path, heading="E"):
    out = []
    for d in path:
        turn = (HEADINGS.index(d) - HEADINGS.index(heading)) % 4
        out.append({0: "", 1: "R", 2: "RR", 3: "L"}[turn] + "F")
        heading = d
    return "".join(out)


def compress(cmds):
    out, i = [], 0
    while i < len(cmds):
        j = i
        while j < len(cmds) and cmds[j] == cmds[i]:
            j += 1
        out.append(f"{j - i}{cmds[i]}" if j - i > 1 else cmds[i])
        i = j
    return "".join(out)


world = World(GRID)
print("start", world.start, "goal", world.goal, "size", (world.h, world.w))
path = world.shortest(world.start, world.goal)
cmds = to_commands(path)
print("path:", path, len(path))
print("commands:", compress(cmds))
bot = Robot(world)
print("ends at", bot.run(cmds), "goal reached:", bot.pos == world.goal)
canvas = [row[:] for row in world.rows]
for r, c in bot.trail[1:-1]:
    canvas[r][c] = "*"
print("\n".join("".join(row) for row in canvas))
for prog in ["FFF", "RFFFFFFF", "LF", "FFRFFX", "RFFLFFRFF"]:
    bot = Robot(world)
    try:
        print(f"{prog:<10} -> {bot.run(prog)} facing {bot.heading}")
    except Collision as e:
        print(f"{prog:<10} -> Collision: {e}; stopped at {bot.pos}")
    except ValueError as e:
        print(f"{prog:<10} -> ValueError: {e}")
world.rows[4][5] = "#"
print("after blocking (4, 5):", world.shortest(world.start, world.goal))
world.rows[2][4] = "#"
print("after blocking (2, 4):", world.shortest(world.start, world.goal))
