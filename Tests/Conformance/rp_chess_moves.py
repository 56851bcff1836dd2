# A chess move validator for a subset of the rules: piece movement, blocking, captures and check.

FILES = "abcdefgh"


class IllegalMove(Exception):
    pass


def square(name):
    if len(name) != 2 or name[0] not in FILES or name[1] not in "12345678":
        raise ValueError(f"bad square {name!r}")
    return FILES.index(name[0]), int(name[1]) - 1


def name_of(sq):
    return f"{FILES[sq[0]]}{sq[1] + 1}"


class Board:
    def __init__(self, placement):
        self.pieces = {}
        for token in placement.split():
            piece, where = token[:2], token[2:]
            self.pieces[square(where)] = piece  # e.g. "wK", "bR"

    def path_clear(self, a, b):
        dx = (b[0] > a[0]) - (b[0] < a[0])
        dy = (b[1] > a[1]) - (b[1] < a[1])
        x, y = a[0] + dx, a[1] + dy
        while (x, y) != b:
            if (x, y) in self.pieces:
                return False
            x, y = x + dx, y + dy
        return True

    def can_reach(self, a, b):
        piece = self.pieces[a]
        colour, kind = piece
        target = self.pieces.get(b)
        if target and target[0] == colour:
            return False
        dx, dy = b[0] - a[0], b[1] - a[1]
        adx, ady = abs(dx), abs(dy)
        if kind == "N":
            return {adx, ady} == {1, 2}
        if kind == "K":
            return max(adx, ady) == 1
        if kind == "R":
            return (dx == 0) != (dy == 0) and self.path_clear(a, b)
        if kind == "B":
            return adx == ady != 0 and self.path_clear(a, b)
        if kind == "Q":
            return ((dx == 0) != (dy == 0) or adx == ady != 0) and self.path_clear(a, b)
        if kind == "P":
            step = 1 if colour == "w" else -1
            start = 1 if colour == "w" else 6
            if dx == 0 and not target:
                if dy == step:
                    return True
                return dy == 2 * step and a[1] == start and self.path_clear(a, b)
            return adx == 1 and dy == step and target is not None
        raise ValueError(f"unknown piece {piece}")

    def in_check(self, colour):
        king = next(sq for sq, p in self.pieces.items() if p == colour + "K")
        return any(p[0] != colour and self.can_reach(sq, king) for sq, p in self.pieces.items())

    def move(self, text, colour):
        src, dst = map(square, text.split("-"))
        piece = self.pieces.get(src)
        if piece is None:
            raise IllegalMove(f"no piece on {name_of(src)}")
        if piece[0] != colour:
            raise IllegalMove(f"{piece} on {name_of(src)} is not yours")
        if not self.can_reach(src, dst):
            raise IllegalMove(f"{piece} cannot go {name_of(src)}->{name_of(dst)}")
        captured = self.pieces.get(dst)
        self.pieces[dst] = self.pieces.pop(src)
        if self.in_check(colour):
            self.pieces[src] = self.pieces.pop(dst)
            if captured:
                self.pieces[dst] = captured
            raise IllegalMove(f"{text} leaves the {colour} king in check")
        return captured

    def legal_targets(self, src):
        a = square(src)
        return [name_of((x, y)) for y in range(8) for x in range(8)
                if (x, y) != a and self.can_reach(a, (x, y))]

    def __str__(self):
        rows = []
        for y in range(7, -1, -1):
            cells = []
            for x in range(8):
                p = self.pieces.get((x, y))
                cells.append("." if p is None else (p[1] if p[0] == "w" else p[1].lower()))
            row = "".join(cells)
            rows.append(f"{y + 1} {row}")
        return "\n".join(rows + ["  " + FILES])


board = Board("wKe1 wQd1 wRa1 wBc1 wNg1 wPe2 wPd2 wPf2 bKe8 bRh8 bBc8 bNb8 bPe7 bPd7 bPf7 bPg7 bQd8")
print(board)
print("knight g1:", board.legal_targets("g1"))
print("pawn e2:", board.legal_targets("e2"), "queen d1:", board.legal_targets("d1"))
turn = "w"
for mv in ["e2-e4", "e7-e5", "d1-h5", "g7-g6", "h5-e5", "f7-f6", "d8-e7", "e5-h8", "e7-e4",
           "e7-f8", "h8-f8", "e8-d8", "e8-f8", "e4-e5", "f7-f6", "e5-f6", "b8-c6", "f6-f7", "f8-f7",
           "g1-f3", "c6-d4", "e1-e2", "z9-a1", "d4-f3", "e2-e3"]:
    try:
        captured = board.move(mv, turn)
        note = f" captures {captured}" if captured else ""
        check = " +" if board.in_check("b" if turn == "w" else "w") else ""
        print(f"{turn} {mv}{note}{check}")
        turn = "b" if turn == "w" else "w"
    except IllegalMove as e:
        print(f"{turn} {mv}: illegal ({e})")
    except ValueError as e:
        print(f"{turn} {mv}: error ({e})")
print(board)
print("black in check:", board.in_check("b"), "white in check:", board.in_check("w"))
