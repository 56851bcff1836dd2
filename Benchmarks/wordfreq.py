# wordfreq: word-frequency count over deterministically generated mixed-case, punctuated text
# ci-size: 2000
import random
import string
import sys
from collections import Counter

VOCABULARY = """
the of and to a in is it that was he for on are as with his they at be this
from have or by one had not but what all were when we there can an your which
their said if do will each about how up out them then she many some so these
would other into has more her two like him see time could no make than first
been its who now people my made over did down only way find use may water long
little very after words called just where most know get through back much go
good new write our me man too any day same right look think also around another
came come work three word must because does part even place well such here take
why things help put years different away again off went old number great tell
men say small every found still between name should home big give air line set
own under read last never us left end along while might next sound below saw
something thought both few those always looked show large often together asked
house don't world going want school important until form food keep children feet
land side without boy once animals life enough took sometimes four head above
kind began almost live page got earth need far hand high year mother light parts
country father let night following picture being study second eyes soon times
story boys since white days ever paper hard near sentence better best across
during today others however sure means knew it's try told young miles sun ways
thing whole hear example heard several change answer room sea against top turned
learn point city play toward five using himself usually well-known river
""".split()

SUFFIXES = ["s", "ed", "ing", "ly", "er"]
CLAUSE_MARKS = [",", ",", ";", ":", " -"]
SENTENCE_ENDS = [".", ".", ".", "!", "?", "..."]


def pick_word(rng):
    # Squaring the uniform draw skews choices toward the front of the list,
    # giving a long-tailed, roughly Zipf-like spread of frequencies.
    word = VOCABULARY[int(len(VOCABULARY) * rng.random() ** 2)]
    if rng.random() < 0.08:
        word += rng.choice(SUFFIXES)
    shape = rng.random()
    if shape < 0.03:
        word = word.upper()
    elif shape < 0.10:
        word = word.capitalize()
    return word


def sentence(rng):
    words = []
    length = rng.randint(4, 16)
    for i in range(length):
        word = pick_word(rng)
        if i == 0:
            word = word.capitalize()
        if rng.random() < 0.04:
            word = rng.choice(['"', "(", "'"]) + word + rng.choice(['"', ")", "'"])
        if i < length - 1 and rng.random() < 0.1:
            word += rng.choice(CLAUSE_MARKS)
        words.append(word)
    return " ".join(words) + rng.choice(SENTENCE_ENDS)


def generate_text(sentences, seed):
    rng = random.Random(seed)
    paragraphs = []
    remaining = sentences
    while remaining > 0:
        size = min(remaining, rng.randint(2, 7))
        paragraphs.append(" ".join(sentence(rng) for _ in range(size)))
        remaining -= size
    return "\n\n".join(paragraphs)


PUNCTUATION = string.punctuation.replace("'", "").replace("-", "") + "'-"


def words_of(text):
    for token in text.lower().split():
        # Strip only the edges so inner apostrophes and hyphens survive.
        word = token.strip(PUNCTUATION)
        if word:
            yield word


def count_with_dict(text):
    counts = {}
    for word in words_of(text):
        counts[word] = counts.get(word, 0) + 1
    return counts


def main():
    sentences = int(sys.argv[1]) if len(sys.argv) > 1 else 120000
    text = generate_text(sentences, 1729)
    by_dict = count_with_dict(text)
    by_counter = Counter(words_of(text))
    if by_dict != by_counter:
        raise RuntimeError("dict and Counter disagree")
    print("characters:", len(text))
    print("words:", sum(by_counter.values()))
    print("distinct words:", len(by_counter))
    for word, count in by_counter.most_common(20):
        print("%-12s %d" % (word, count))


if __name__ == "__main__":
    main()
