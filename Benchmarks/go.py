# go: Monte-Carlo tree search (UCT) with random playouts on a 9x9 Go board
# ci-size: 40
import math
import random
import sys

EMPTY, BLACK, WHITE, BORDER = 0, 1, 2, 3
PASS = 0  # position 0 is always border, so it can never be a real move
SIZE = 9
KOMI = 7.5
COLUMNS = "ABCDEFGHJ"  # Go coordinates skip the letter I


def opponent(color):
    return BLACK + WHITE - color


class Geometry:
    """Board layout shared by every copy: a padded 1-D grid so that
    neighbours of edge points land on BORDER cells instead of wrapping."""

    def __init__(self, size):
        self.size = size
        self.stride = stride = size + 2
        self.points = [(row + 1) * stride + col + 1
                       for row in range(size) for col in range(size)]
        self.adjacent = {}
        self.diagonal = {}
        for p in self.points:
            self.adjacent[p] = (p - stride, p - 1, p + 1, p + stride)
            self.diagonal[p] = (p - stride - 1, p - stride + 1,
                                p + stride - 1, p + stride + 1)

    def name(self, pos):
        if pos == PASS:
            return "pass"
        row, col = divmod(pos, self.stride)
        return "%s%d" % (COLUMNS[col - 1], self.size - row + 1)


class Board:
    def __init__(self, geometry):
        self.geometry = geometry
        stride = geometry.stride
        self.cells = [BORDER] * (stride * stride)
        for p in geometry.points:
            self.cells[p] = EMPTY
        self.to_move = BLACK
        self.ko = None
        self.passes = 0
        self.moves = 0

    def copy(self):
        other = Board.__new__(Board)
        other.geometry = self.geometry
        other.cells = self.cells[:]
        other.to_move = self.to_move
        other.ko = self.ko
        other.passes = self.passes
        other.moves = self.moves
        return other

    def group(self, pos):
        """The stones connected to pos and the set of their liberties."""
        cells = self.cells
        adjacent = self.geometry.adjacent
        color = cells[pos]
        stones = [pos]
        seen = {pos}
        liberties = set()
        index = 0
        while index < len(stones):
            for n in adjacent[stones[index]]:
                value = cells[n]
                if value == EMPTY:
                    liberties.add(n)
                elif value == color and n not in seen:
                    seen.add(n)
                    stones.append(n)
            index += 1
        return stones, liberties

    def is_legal(self, pos, color):
        cells = self.cells
        if cells[pos] != EMPTY or pos == self.ko:
            return False
        enemy = opponent(color)
        for n in self.geometry.adjacent[pos]:
            value = cells[n]
            if value == EMPTY:
                return True
            if value == color:
                if len(self.group(n)[1]) > 1:
                    return True
            elif value == enemy:
                # Taking the last liberty of an enemy group captures it.
                if len(self.group(n)[1]) == 1:
                    return True
        return False

    def is_eye(self, pos, color):
        """A point playouts must not fill: surrounded by color, and not a
        false eye (too many enemy stones on the diagonals)."""
        cells = self.cells
        for n in self.geometry.adjacent[pos]:
            if cells[n] != color and cells[n] != BORDER:
                return False
        enemy = opponent(color)
        bad = 0
        on_edge = False
        for d in self.geometry.diagonal[pos]:
            value = cells[d]
            if value == enemy:
                bad += 1
            elif value == BORDER:
                on_edge = True
        return bad < (1 if on_edge else 2)

    def play(self, pos):
        color = self.to_move
        self.moves += 1
        self.to_move = opponent(color)
        self.ko = None
        if pos == PASS:
            self.passes += 1
            return
        self.passes = 0
        cells = self.cells
        cells[pos] = color
        enemy = opponent(color)
        captured = []
        for n in self.geometry.adjacent[pos]:
            if cells[n] == enemy:
                stones, liberties = self.group(n)
                if not liberties:
                    for s in stones:
                        cells[s] = EMPTY
                    captured.extend(stones)
        if len(captured) == 1:
            # Simple ko: a lone stone that took a lone stone and now sits in
            # atari may not be retaken at once.
            stones, liberties = self.group(pos)
            if len(stones) == 1 and len(liberties) == 1:
                self.ko = captured[0]

    def candidate_moves(self):
        color = self.to_move
        return [p for p in self.geometry.points
                if self.is_legal(p, color) and not self.is_eye(p, color)]

    def random_move(self, rng):
        color = self.to_move
        cells = self.cells
        empties = [p for p in self.geometry.points if cells[p] == EMPTY]
        count = len(empties)
        if count == 0:
            return PASS
        # Scan from a random start instead of shuffling: same spread, less work.
        start = rng.randrange(count)
        for k in range(count):
            p = empties[(start + k) % count]
            if not self.is_eye(p, color) and self.is_legal(p, color):
                return p
        return PASS

    def score(self):
        """Area score, positive when black is ahead."""
        cells = self.cells
        adjacent = self.geometry.adjacent
        total = -KOMI
        for p in self.geometry.points:
            value = cells[p]
            if value == BLACK:
                total += 1
            elif value == WHITE:
                total -= 1
            else:
                around = {cells[n] for n in adjacent[p]} - {EMPTY, BORDER}
                if around == {BLACK}:
                    total += 1
                elif around == {WHITE}:
                    total -= 1
        return total


class Node:
    def __init__(self, move, parent, board, rng):
        self.move = move
        self.parent = parent
        # The player whose move led here; wins are counted for them.
        self.player = opponent(board.to_move)
        self.children = []
        self.wins = 0
        self.visits = 0
        if board.passes >= 2:
            self.untried = []
        else:
            self.untried = board.candidate_moves() or [PASS]
            rng.shuffle(self.untried)

    def select_child(self):
        log_visits = math.log(self.visits)
        best, best_value = None, -1.0
        for child in self.children:
            value = (child.wins / child.visits
                     + math.sqrt(2.0 * log_visits / child.visits))
            if value > best_value:
                best, best_value = child, value
        return best


class Stats:
    def __init__(self):
        self.playouts = 0
        self.playout_moves = 0
        self.black_wins = 0


def playout(board, rng, stats):
    limit = 3 * SIZE * SIZE  # guards against long capture cycles
    start = board.moves
    while board.passes < 2 and board.moves - start < limit:
        board.play(board.random_move(rng))
    stats.playouts += 1
    stats.playout_moves += board.moves - start
    winner = BLACK if board.score() > 0 else WHITE
    if winner == BLACK:
        stats.black_wins += 1
    return winner


def search(root_board, iterations, rng, stats):
    root = Node(PASS, None, root_board, rng)
    for _ in range(iterations):
        node = root
        board = root_board.copy()
        while not node.untried and node.children:
            node = node.select_child()
            board.play(node.move)
        if node.untried:
            move = node.untried.pop()
            board.play(move)
            child = Node(move, node, board, rng)
            node.children.append(child)
            node = child
        winner = playout(board, rng, stats)
        while node is not None:
            node.visits += 1
            if node.player == winner:
                node.wins += 1
            node = node.parent
    return root


def opening(geometry):
    """A fixed few moves so the search starts from a position with contact."""
    board = Board(geometry)
    for name in ("E5", "E6", "D6", "F5", "D5", "F6", "E7", "F7", "D7"):
        col = COLUMNS.index(name[0]) + 1
        row = geometry.size - int(name[1:]) + 1
        board.play(row * geometry.stride + col)
    return board


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 600
    rng = random.Random(20240611)
    geometry = Geometry(SIZE)
    board = opening(geometry)
    stats = Stats()
    root = search(board, iterations, rng, stats)
    ranked = sorted(root.children, key=lambda c: (-c.visits, c.move))
    best = ranked[0]
    print("to move:", "black" if board.to_move == BLACK else "white")
    print("best move: %s (%d visits, %d wins)" % (geometry.name(best.move), best.visits, best.wins))
    for child in ranked[1:5]:
        print("  %s %d/%d" % (geometry.name(child.move), child.wins, child.visits))
    print("playouts:", stats.playouts)
    print("playout moves:", stats.playout_moves)
    print("black wins:", stats.black_wins)


if __name__ == "__main__":
    main()
