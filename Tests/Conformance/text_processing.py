# Word counting and formatting over generated text.
words = "alpha beta gamma delta epsilon zeta eta theta".split()
text = []
seed = 7
for i in range(200):
    seed = (seed * 1103515245 + 12345) % (2 ** 31)
    text.append(words[seed % len(words)])
counts = {}
for w in text:
    counts[w] = counts.get(w, 0) + 1
for w, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{w:<8}{c:>4} {'#' * (c // 2)}")
sentence = " ".join(text[:12])
print(sentence.title())
print(sentence.upper().replace("A", "4")[:40])
print([w[::-1] for w in text[:5]], sum(len(w) for w in text), len(set(text)))
vowels = sum(1 for ch in sentence if ch in "aeiou")
print(vowels, sentence.count("a"), sentence.find("delta"), sentence.split()[3].center(11, "."))
lines = [sentence[i:i + 20] for i in range(0, len(sentence), 20)]
print("\n".join(line.rstrip() for line in lines))
acronym = "".join(w[0] for w in text[:10]).upper()
print(acronym, acronym.lower().startswith("a"), sorted(acronym))
