# Hangman driven by fixed guess lists, plus a simple frequency-based guessing strategy.
from collections import Counter

GALLOWS = ["", "O", "O|", "O/|", "O/|\\", "O/|\\/", "O/|\\/\\"]
WORDS = ["python", "swift", "compiler", "garbage", "iterator", "closure", "generator", "bytecode"]


class GameOver(Exception):
    pass


class Hangman:
    def __init__(self, word, lives=6):
        self.word = word.lower()
        self.lives = lives
        self.guessed = []
        self.misses = []

    @property
    def pattern(self):
        return " ".join(c if c in self.guessed else "_" for c in self.word)

    @property
    def won(self):
        return all(c in self.guessed for c in self.word)

    @property
    def lost(self):
        return len(self.misses) >= self.lives

    def guess(self, text):
        if self.won or self.lost:
            raise GameOver(f"game already {'won' if self.won else 'lost'}")
        text = text.strip().lower()
        if len(text) > 1:
            if text == self.word:
                self.guessed.extend(c for c in text if c not in self.guessed)
                return "solved"
            self.misses.append(text)
            return "wrong word"
        if not text.isalpha():
            raise ValueError(f"not a letter: {text!r}")
        if text in self.guessed or text in self.misses:
            return "repeat"
        if text in self.word:
            self.guessed.append(text)
            return f"hit x{self.word.count(text)}"
        self.misses.append(text)
        return "miss"

    def __str__(self):
        return f"{self.pattern:<17} [{GALLOWS[min(len(self.misses), 6)]:<6}] misses={','.join(self.misses)}"


def play(word, guesses):
    game = Hangman(word)
    print(f"== {len(word)} letters")
    for g in guesses:
        try:
            result = game.guess(g)
        except ValueError as e:
            result = f"invalid ({e})"
        except GameOver as e:
            print(f"   {g!r}: {e}")
            break
        print(f"   {g!r:<8} {result:<10} {game}")
    outcome = "won" if game.won else "lost" if game.lost else "unfinished"
    print(f"   -> {outcome} with {game.lives - len(game.misses)} lives left")
    return outcome


results = [
    play("python", ["e", "o", "t", "t", "n", "p", "h", "y"]),
    play("swift", ["a", "e", "i", "o", "u", "y", "z", "q"]),
    play("closure", ["s", "7", "", "l", "closure", "x"]),
    play("garbage", ["a", "G", "garbagf", "r", " b ", "e"]),
]
print(Counter(results))


def strategy(pattern, wrong, words):
    candidates = [w for w in words if len(w) == len(pattern)
                  and all(p == "_" or p == c for p, c in zip(pattern, w))
                  and not any(c in wrong for c in w)
                  and all(c not in pattern or p == c for p, c in zip(pattern, w))]
    counts = Counter(c for w in candidates for c in set(w) if c not in pattern)
    if not counts:
        return None, candidates
    best = max(sorted(counts), key=lambda c: counts[c])
    return best, candidates


for secret in ["iterator", "bytecode", "compiler"]:
    game = Hangman(secret)
    moves = []
    while not (game.won or game.lost):
        pattern = "".join(c if c in game.guessed else "_" for c in secret)
        letter, cands = strategy(pattern, game.misses, WORDS)
        if letter is None:
            break
        moves.append(f"{letter}({len(cands)})")
        game.guess(letter)
    print(f"{secret:<9} {' '.join(moves):<40} won={game.won} misses={len(game.misses)}")
