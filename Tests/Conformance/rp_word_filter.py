# A trie-based word filter: multi-word phrase blocking, leetspeak normalisation and masking with stats.

LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"})


class Node:
    def __init__(self):
        self.children = {}
        self.terminal = None  # the phrase that ends here

    def __repr__(self):
        return f"Node({sorted(self.children)}, end={self.terminal!r})"


class Filter:
    def __init__(self, phrases, allow=()):
        self.root = Node()
        self.allow = {a.lower() for a in allow}
        self.hits = {}
        for p in phrases:
            self.add(p)

    def add(self, phrase):
        node = self.root
        for word in phrase.lower().split():
            node = node.children.setdefault(word, Node())
        node.terminal = phrase.lower()

    @staticmethod
    def tokenize(text):
        """Yield (start, end, normalized word) for each run of letters/digits/leet chars."""
        i, n = 0, len(text)
        while i < n:
            if text[i].isalnum() or text[i] in "@$":
                j = i
                while j < n and (text[j].isalnum() or text[j] in "@$'"):
                    j += 1
                yield i, j, text[i:j].lower().translate(LEET).replace("'", "")
                i = j
            else:
                i += 1

    def find(self, text):
        tokens = list(self.tokenize(text))
        k = 0
        while k < len(tokens):
            node, m, best = self.root, k, None
            while m < len(tokens) and tokens[m][2] in node.children:
                node = node.children[tokens[m][2]]
                m += 1
                if node.terminal:
                    best = (m, node.terminal)
            if best and tokens[k][2] not in self.allow:
                end, phrase = best
                yield tokens[k][0], tokens[end - 1][1], phrase
                k = end
            else:
                k += 1

    def clean(self, text, mask="*"):
        out, last = [], 0
        for start, end, phrase in self.find(text):
            self.hits[phrase] = self.hits.get(phrase, 0) + 1
            out.append(text[last:start])
            span = text[start:end]
            out.append(span[0] + "".join(c if c == " " else mask for c in span[1:]))
            last = end
        out.append(text[last:])
        return "".join(out)


f = Filter(["darn", "heck", "fudge", "son of a gun", "dang it", "son"], allow=["heckler"])
f.add("gosh darn")
print(f.root.children["son"])
print(f.root.children["son"].children["of"].children["a"])
messages = [
    "Well, darn it all to heck!",
    "That son of a gun stole my fudge.",
    "D4NG IT, the son's car broke.",
    "Gosh darn, gosh Darn, g0sh d@rn!",
    "The heckler said h3ck twice: heck heck.",
    "Nothing to see here, just a dangerous sonnet.",
    "son of a",
    "",
]
for msg in messages:
    found = [(s, e, p) for s, e, p in f.find(msg)]
    print(f"{msg!r}")
    print(f"   -> {f.clean(msg)!r} {found}")
print("hits:", sorted(f.hits.items(), key=lambda kv: (-kv[1], kv[0])))
print(list(Filter.tokenize("it's 5ux0r @ $1.50")))
print("cleaned with #:", f.clean("FUDGE fudge Fudge.", "#"))
