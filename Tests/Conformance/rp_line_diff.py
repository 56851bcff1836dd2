# A line diff based on the longest common subsequence, printed in a unified-diff-like format.

def lcs_table(a, b):
    n, m = len(a), len(b)
    table = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            if a[i] == b[j]:
                table[i][j] = table[i + 1][j + 1] + 1
            else:
                table[i][j] = max(table[i + 1][j], table[i][j + 1])
    return table


def diff_ops(a, b):
    t = lcs_table(a, b)
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            yield " ", i, j, a[i]
            i += 1
            j += 1
        elif t[i + 1][j] >= t[i][j + 1]:
            yield "-", i, j, a[i]
            i += 1
        else:
            yield "+", i, j, b[j]
            j += 1
    while i < len(a):
        yield "-", i, j, a[i]
        i += 1
    while j < len(b):
        yield "+", i, j, b[j]
        j += 1


def hunks(ops, context=1):
    ops = list(ops)
    changed = [k for k, op in enumerate(ops) if op[0] != " "]
    if not changed:
        return
    groups = [[changed[0], changed[0]]]
    for k in changed[1:]:
        if k - groups[-1][1] <= 2 * context + 1:
            groups[-1][1] = k
        else:
            groups.append([k, k])
    for lo, hi in groups:
        lo, hi = max(0, lo - context), min(len(ops) - 1, hi + context)
        yield ops[lo:hi + 1]


def unified(a, b, name_a="old", name_b="new", context=1):
    out = [f"--- {name_a}", f"+++ {name_b}"]
    for h in hunks(diff_ops(a, b), context):
        a_start, b_start = h[0][1], h[0][2]
        a_len = sum(1 for op in h if op[0] != "+")
        b_len = sum(1 for op in h if op[0] != "-")
        out.append(f"@@ -{a_start + 1},{a_len} +{b_start + 1},{b_len} @@")
        out.extend(f"{tag}{text}" for tag, _, _, text in h)
    return out


def stats(a, b):
    counts = {" ": 0, "+": 0, "-": 0}
    for tag, *_ in diff_ops(a, b):
        counts[tag] += 1
    return counts


OLD = """def greet(name):
    print("hello", name)

def main():
    greet("world")
    greet("there")
    return 0

if __name__ == "__main__":
    main()""".splitlines()

NEW = """def greet(name, punct="!"):
    print("hello", name + punct)

def main():
    greet("world")
    greet("there")
    greet("again")
    return 0

if __name__ == "__main__":
    raise SystemExit(main())""".splitlines()

for line in unified(OLD, NEW):
    print(line)
print(stats(OLD, NEW))
print("lcs length:", lcs_table(OLD, NEW)[0][0])

for a, b in [("abcabba", "cbabac"), ("", "xyz"), ("same", "same"), ("kitten", "sitting")]:
    ops = list(diff_ops(list(a), list(b)))
    line = "".join(t if t != " " else "=" for t, *_ in ops)
    merged = "".join(f"[{c}]" if t == "+" else (f"({c})" if t == "-" else c) for t, _, _, c in ops)
    print(f"{a!r:>10} -> {b!r:<10} {line:<14} {merged}")
print(unified(["a"], ["a"]))
print("\n".join(unified(list("abcdefghij"), list("abXdefghiJ"), "x", "y", context=2)))
