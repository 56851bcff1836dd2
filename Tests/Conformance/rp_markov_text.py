# A word-level Markov chain text generator with a fixed random seed, plus chain statistics.
import random
from collections import defaultdict, Counter

CORPUS = """
the cat sat on the mat . the dog sat on the log . the cat saw the dog .
the dog saw the cat on the mat and the cat ran . a bird sat on the dog .
the bird sang and the cat slept on the log . the dog ran to the mat .
"""


class Chain:
    def __init__(self, order=1):
        self.order = order
        self.table = defaultdict(Counter)
        self.starts = Counter()

    def train(self, words):
        state = ()
        for w in words:
            if len(state) == self.order:
                self.table[state][w] += 1
            if not state or state[-1] == ".":
                state = ()
            state = (state + (w,))[-self.order:]
            if len(state) == 1 and w != ".":
                pass
        sentences = " ".join(words).split(" . ")
        for s in sentences:
            toks = s.replace(".", "").split()
            if len(toks) >= self.order:
                self.starts[tuple(toks[:self.order])] += 1
        return self

    def choose(self, counter):
        total = sum(counter.values())
        pick = random.randrange(total)
        for word, count in sorted(counter.items()):
            pick -= count
            if pick < 0:
                return word
        raise AssertionError("unreachable")

    def sentence(self, max_words=15):
        state = self.choose(self.starts)
        words = list(state)
        while len(words) < max_words:
            options = self.table.get(tuple(words[-self.order:]))
            if not options:
                break
            w = self.choose(options)
            if w == ".":
                break
            words.append(w)
        return " ".join(words).capitalize() + "."

    def entropy_report(self, top=4):
        rows = []
        for state, counter in self.table.items():
            rows.append((len(counter), sum(counter.values()), " ".join(state)))
        rows.sort(key=lambda r: (-r[0], -r[1], r[2]))
        return rows[:top]


words = CORPUS.split()
print(len(words), "tokens,", len(set(words)), "distinct")
freq = Counter(words)
print("most common:", freq.most_common(5))
for order in (1, 2):
    chain = Chain(order).train(words)
    print(f"== order {order}: {len(chain.table)} states, {len(chain.starts)} starts")
    print("  branchiest:", chain.entropy_report())
    random.seed(7 + order)
    for _ in range(4):
        print("  ", chain.sentence())
    state = ("the",) if order == 1 else ("the", "cat")
    print("  after", state, "->", dict(sorted(chain.table[state].items())))

random.seed(99)
deck = [w for w in sorted(set(words)) if w != "."]
random.shuffle(deck)
print("shuffled vocab:", deck[:8])
print("sample:", random.sample(deck, 3), "choice:", random.choice(deck), "randint:", random.randint(1, 6))
empty = Chain()
try:
    empty.sentence()
except ValueError as e:
    print("ValueError:", e)
