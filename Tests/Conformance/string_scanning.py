# Character-level scanning: counting, reversing words, palindromes.
text = "Was it a car or a cat I saw"
letters = ""
for ch in text.lower():
    if ch != " ":
        letters += ch
print(letters, letters == letters[::-1])
counts = {}
for ch in letters:
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items()))
words = []
word = ""
for ch in text + " ":
    if ch == " ":
        if word:
            words.append(word)
        word = ""
    else:
        word += ch
print(words, len(words), " ".join(words[::-1]))
print(max(words), min(words), sorted(words))
