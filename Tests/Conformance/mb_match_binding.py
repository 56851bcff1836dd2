# match statements: binding semantics: captures survive a failed guard, last successful case wins, loops rebind.
# Names captured by a pattern whose guard then fails stay bound.
x = "initial"
match (1, 2):
    case (x, y) if x > y:
        print("not reached")
    case _:
        print("after failed guard x =", x, "y =", y)

# bindings from a failed guard are overwritten by a later matching case
match [5, 6]:
    case [a, b] if a > b:
        pass
    case [b, a]:
        print("rebinding: a =", a, "b =", b)

# subject is evaluated exactly once
calls = 0
def subject():
    global calls
    calls += 1
    return [1, 2, 3]
match subject():
    case [9, *_]:
        pass
    case [8, *_]:
        pass
    case [1, *rest]:
        print("rest:", rest, "subject evaluated", calls, "time(s)")

# no case matches: nothing new is bound, prior values remain
z = "keep"
match 42:
    case str() as z:
        pass
print("z unchanged:", z)

# capture inside for loop: the last iteration's capture remains
for item in [("k1", 1), ("k2", 2)]:
    match item:
        case (key, val):
            pass
print("last key/val:", key, val)

# a function whose match binds a name only in some paths
def maybe(v):
    match v:
        case [only]:
            pass
        case _:
            pass
    try:
        return only
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"
print(maybe([7]))
print(maybe([]))

# match inside comprehension-driving function
def tags(items):
    out = []
    for it in items:
        match it:
            case {"tag": t}:
                out.append(t)
            case [t, *_]:
                out.append(t)
            case t:
                out.append(str(t))
    return out
print(tags([{"tag": "a"}, ["b", 1], 3, {"no": 1}]))

# the match subject may be a tuple built on the fly
a, b = 3, 4
match a, b:
    case (3, other):
        print("tuple subject, other =", other)

# match is a soft keyword: it can still be used as a name
match = [1, 2]
print("match as name:", match)
match match:
    case [1, m]:
        print("matched the variable named match, m =", m)
case = "case is also soft"
print(case)
