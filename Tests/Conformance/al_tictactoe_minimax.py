# Tic-tac-toe: win detection, minimax with alpha-beta pruning from
# mid-game positions (small search), best-move choice and a scripted game.

LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


def winner(b):
    for a, c, d in LINES:
        if b[a] != "." and b[a] == b[c] == b[d]:
            return b[a]
    return "draw" if "." not in b else None


def show(b):
    return "\n".join(" ".join(b[r * 3:r * 3 + 3]) for r in range(3))


stats = {"nodes": 0}


def minimax(b, player, alpha=-2, beta=2):
    stats["nodes"] += 1
    w = winner(b)
    if w == "X":
        return 1, None
    if w == "O":
        return -1, None
    if w == "draw":
        return 0, None
    best_move = None
    if player == "X":
        best = -2
        for i in range(9):
            if b[i] == ".":
                score, _ = minimax(b[:i] + "X" + b[i + 1:], "O", alpha, beta)
                if score > best:
                    best, best_move = score, i
                alpha = max(alpha, best)
                if alpha >= beta:
                    break
    else:
        best = 2
        for i in range(9):
            if b[i] == ".":
                score, _ = minimax(b[:i] + "O" + b[i + 1:], "X", alpha, beta)
                if score < best:
                    best, best_move = score, i
                beta = min(beta, best)
                if alpha >= beta:
                    break
    return best, best_move


positions = [
    ("XX.OO....", "X"),
    ("XX.OO....", "O"),
    ("X...O...X", "O"),
    ("XOX.O....", "X"),
    ("XOXOXO...", "X"),
    ("XOXXOOOX.", "X"),
]
for b, p in positions:
    stats["nodes"] = 0
    score, move = minimax(b, p)
    print("%s to move %s: score %+d move %s nodes %d" % (b, p, score, move, stats["nodes"]))

for b in ["XXXOO....", "XO.XO.X..", "OXXXOXXOO", "XOXXOOOXX", "........."]:
    print(b, winner(b))

board = "X...O...."
turn = "X"
while winner(board) is None:
    _, mv = minimax(board, turn)
    board = board[:mv] + turn + board[mv + 1:]
    print("%s plays %d -> %s" % (turn, mv, board))
    turn = "O" if turn == "X" else "X"
print(show(board))
print("result:", winner(board))
try:
    minimax("XX", "X")
except IndexError as e:
    print(type(e).__name__, e)
