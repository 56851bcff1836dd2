# Score keepers for ten-pin bowling and a tennis game/set, with input validation.

class ScoreError(ValueError):
    pass


def bowling_frames(rolls):
    frames, i = [], 0
    for frame in range(10):
        if i >= len(rolls):
            raise ScoreError(f"game incomplete at frame {frame + 1}")
        if rolls[i] == 10:
            frames.append(rolls[i:i + 3])
            kind = "strike"
            i += 1
        else:
            pair = rolls[i:i + 2]
            if len(pair) < 2:
                raise ScoreError(f"game incomplete at frame {frame + 1}")
            if sum(pair) > 10:
                raise ScoreError(f"frame {frame + 1}: {pair[0]} + {pair[1]} pins is more than 10")
            kind = "spare" if sum(pair) == 10 else "open"
            frames.append(rolls[i:i + 3] if kind == "spare" else pair)
            i += 2
        if kind != "open" and len(frames[-1]) < 3:
            raise ScoreError(f"frame {frame + 1}: missing bonus rolls")
        yield frame + 1, kind, frames[-1]
    extra = 0 if kind == "open" else (2 if kind == "strike" else 1)
    if len(rolls) - i != extra:
        raise ScoreError(f"{len(rolls) - i} roll(s) after the tenth frame, expected {extra}")


def bowling_score(rolls):
    if any(not 0 <= r <= 10 for r in rolls):
        raise ScoreError(f"bad roll in {rolls}")
    total = 0
    lines = []
    for n, kind, pins in bowling_frames(rolls):
        total += sum(pins)
        lines.append(f"{n}:{kind[0]}{total}")
    return total, lines


GAMES = {
    "perfect": [10] * 12,
    "gutter": [0] * 20,
    "all spares": [5, 5] * 10 + [5],
    "mixed": [10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1],
    "too many pins": [7, 5] + [0] * 18,
    "short": [10, 10, 10],
    "extra": [0] * 20 + [3],
    "bad pin": [11] + [0] * 19,
}
for name, rolls in GAMES.items():
    try:
        total, lines = bowling_score(rolls)
        print(f"{name:<14}{total:>4}  {' '.join(lines)}")
    except ScoreError as e:
        print(f"{name:<14}   !  {e}")


class TennisGame:
    NAMES = ["0", "15", "30", "40"]

    def __init__(self, a, b):
        self.players = (a, b)
        self.points = [0, 0]
        self.winner = None

    def point(self, who):
        if self.winner is not None:
            raise ScoreError(f"game already won by {self.winner}")
        idx = self.players.index(who)
        self.points[idx] += 1
        p, q = self.points[idx], self.points[1 - idx]
        if p >= 4 and p - q >= 2:
            self.winner = who

    def __str__(self):
        a, b = self.points
        if self.winner:
            return f"game {self.winner}"
        if a >= 3 and b >= 3:
            if a == b:
                return "deuce"
            return f"advantage {self.players[0] if a > b else self.players[1]}"
        if a == b:
            return f"{self.NAMES[a]}-all"
        return f"{self.NAMES[a]}-{self.NAMES[b]}"


def play_set(sequence):
    games = {"N": 0, "F": 0}
    game = TennisGame("N", "F")
    calls = []
    for ch in sequence:
        game.point(ch)
        calls.append(str(game))
        if game.winner:
            games[ch] += 1
            game = TennisGame("N", "F")
    return games, calls


games, calls = play_set("NNNN" + "FNFNFNFF" + "NFNFNN")
print(games)
for i in range(0, len(calls), 6):
    print(" | ".join(calls[i:i + 6]))
g = TennisGame("A", "B")
try:
    for who in "AAAAB":
        g.point(who)
except ScoreError as e:
    print("ScoreError:", e, "| state:", g)
try:
    g.point("C")
except ValueError as e:
    print(type(e).__name__, e)
