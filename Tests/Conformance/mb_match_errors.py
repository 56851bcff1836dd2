# match statements: runtime errors from class patterns (bad __match_args__, too many positionals, non-class, duplicates).
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__, e)

class NoArgs:
    pass
class ListArgs:
    __match_args__ = ["a"]
    a = 1
class IntArgs:
    __match_args__ = ("a", 5)
    a = 1
class Two:
    __match_args__ = ("a", "b")
    a = 1
    b = 2
class Dup:
    __match_args__ = ("a", "a")
    a = 1

def m_noargs():
    match NoArgs():
        case NoArgs(1):
            return "matched"
def m_list():
    match ListArgs():
        case ListArgs(x):
            return x
def m_int():
    match IntArgs():
        case IntArgs(x, y):
            return x, y
def m_toomany():
    match Two():
        case Two(p, q, r):
            return p
def m_dup_kw_positional():
    match Two():
        case Two(x, a=y):
            return x, y
def m_dup():
    match Dup():
        case Dup(x, y):
            return x, y
def m_not_class():
    match 5:
        case len():
            return "len"
def m_not_class_instance():
    inst = Two()
    match 5:
        case inst():
            return "inst"
def m_builtin_two():
    match 5:
        case int(x, y):
            return x
def m_builtin_one():
    match 5:
        case int(x):
            return x
def m_str_two():
    match "s":
        case str(a, b):
            return a
def m_wrong_type_no_error():
    match "not Two":
        case Two(1, 2, 3):
            return "impossible"
        case _:
            return "class check fails before __match_args__ is examined"

for name, fn in list(globals().items()):
    if name.startswith("m_"):
        attempt(name, fn)
