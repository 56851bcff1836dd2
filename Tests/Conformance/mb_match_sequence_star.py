# match statements: star patterns in sequences (leading, trailing, middle, wildcard star) and what they capture.
def star(v):
    match v:
        case [*all_] if not all_:
            return "empty via star"
        case [first, *rest] if len(rest) > 3:
            return f"long: first={first} rest={rest}"
        case [first, *middle, last]:
            return f"first={first} middle={middle} last={last}"
        case [*everything]:
            return f"one element {everything}"

for v in [[], [1], [1, 2], [1, 2, 3], (1, 2, 3, 4), [1, 2, 3, 4, 5], range(6)]:
    print(v, "->", star(v))

# star captures always give a list, even from a tuple or range
match (1, 2, 3):
    case (*head, tail):
        print("head:", head, type(head).__name__, "tail:", tail)
match range(4):
    case [a, *bs]:
        print("range:", a, bs, type(bs).__name__)

# *_ does not bind
_ = "keep"
match [1, 2, 3, 4]:
    case [1, *_, 4]:
        print("star wildcard matched, _ is", _)

# star in the middle with literals on both sides
def frame(v):
    match v:
        case ["<", *body, ">"]:
            return "framed " + "".join(body)
        case ["<", *body]:
            return "open " + "".join(body)
        case [*body, ">"]:
            return "close " + "".join(body)
        case _:
            return "bare"
for v in [["<", ">"], ["<", "a", "b", ">"], ["<", "x"], ["y", ">"], ["z"], []]:
    print(v, "->", frame(v))

# star with minimum length requirement
def minimum(v):
    match v:
        case [a, b, *rest, c, d]:
            return (a, b, rest, c, d)
        case _:
            return "too short"
for n in range(6):
    print(n, minimum(list(range(n))))

# nested star
match [[1, 2, 3], [4], []]:
    case [[x, *xs], [y, *ys], [*zs]]:
        print("nested:", x, xs, y, ys, zs)

# star capture gets a fresh list each time
results = []
for v in [[1, 2], [3, 4]]:
    match v:
        case [*items]:
            results.append(items)
results[0].append(99)
print("fresh lists:", results)

# star against strings never matches (str is not a sequence for match)
match "abc":
    case [*chars]:
        print("chars", chars)
    case _:
        print("str not destructured")
