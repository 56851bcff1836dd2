# match statements: capture patterns, the wildcard, and what capture names are bound to afterwards.
def cap(v):
    match v:
        case x:
            return f"captured {x!r}"

for v in [1, "s", None, [1, 2], {"a": 1}, (), 2.5]:
    print(cap(v))

# capture binds in the enclosing scope and persists after the match
match 99:
    case value:
        pass
print("value after match:", value)

# wildcard never binds
_ = "untouched"
match 5:
    case _:
        pass
print("underscore still:", _)

# capture inside sequence binds every position
match [1, 2, 3]:
    case [a, b, c]:
        print("a b c:", a, b, c)

# wildcard inside sequence, mapping and class patterns
match (1, 2, 3):
    case (_, mid, _):
        print("middle:", mid)

match {"k": 1, "j": 2}:
    case {"k": _, "j": j}:
        print("j:", j)

# capture rebinds an existing variable
total = 0
for item in [10, 20, 30]:
    match item:
        case n:
            total += n
print("total:", total, "last n:", n)

# global capture
counter = "before"
def set_global():
    global counter
    match "after":
        case counter:
            pass
set_global()
print("global counter:", counter)

# nonlocal capture
def outer():
    res = "old"
    def inner():
        nonlocal res
        match "new":
            case res:
                pass
    inner()
    return res
print("nonlocal:", outer())

# capture in a loop over heterogeneous data
seen = []
for thing in [(1, "a"), (2, "b"), (3, "c")]:
    match thing:
        case (num, _):
            seen.append(num)
print("seen:", seen)

# capture patterns make the function variable local
def local_capture():
    match 7:
        case local_name:
            return local_name * 2
print("local:", local_capture())
