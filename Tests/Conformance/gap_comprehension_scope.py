# Comprehension scoping: class bodies, loop-variable isolation, walrus binding outward, nested and late binding.
x = "module x"
squares = [x for x in range(4)]
print(squares, x)


class Config:
    base = 10
    names = ["a", "b"]
    upper = [n.upper() for n in names]
    pairs = [(n, i) for i, n in enumerate(names)]
    try:
        scaled = [base * i for i in range(3)]
    except NameError as e:
        scaled = f"NameError {e}"
    first = [base for _ in range(1)] if False else None


print(Config.upper, Config.pairs, Config.scaled)
values = [3, 8, 1, 9, 4]
big = [y for v in values if (y := v * 2) > 7]
print(big, y)
print([last := n for n in range(3)], last)
total = 0
running = [total := total + v for v in values]
print(running, total)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs_bound = [lambda i=i: i for i in range(3)]
print([f() for f in funcs_bound])
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [v for row in matrix for v in row if v % 2], [[row[i] for row in matrix] for i in range(3)])
print({k: [k * j for j in range(k)] for k in range(4)}, {c for w in ["ab", "bc"] for c in w} == {"a", "b", "c"})
gen = (n * n for n in values)
values.append(100)
print(list(gen))


def outer():
    factor = 3
    return [factor * k for k in range(3)], {k: factor for k in "ab"}


print(outer())
nested_gen = ((i, j) for i in range(2) for j in range(i, 2))
print(list(nested_gen))
try:
    print([undefined_name for _ in range(1)])
except NameError as e:
    print("NameError", e)
first_iter_eval = [print("evaluated once") or v for v in [[1, 2]][0]]
print(first_iter_eval)
