# match statements: literal patterns (ints, floats, strings, bytes, None/True/False, negatives) and their equality rules.
def lit(v):
    match v:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case -0.5:
            return "minus half"
        case 42:
            return "forty-two"
        case "":
            return "empty str"
        case "hello":
            return "greeting"
        case b"hello":
            return "bytes greeting"
        case b"":
            return "empty bytes"
        case "a" "b":
            return "implicit concat ab"
        case _:
            return "no match"

values = [None, True, False, 0, 0.0, -1, -1.0, 2.5, -0.5, 42, 42.0, "", "hello",
          b"hello", bytearray(b"hello"), b"", "ab", "a", 1, 7, [], (), "None"]
for v in values:
    print(repr(v), "->", lit(v))

# 1 == True, so `case 1` matches True; but `case True` uses identity.
def one(v):
    match v:
        case 1:
            return "one"
        case _:
            return "other"
print(one(True), one(1.0), one(1), one("1"))

def truth(v):
    match v:
        case True:
            return "is True"
        case _:
            return "not True"
print(truth(1), truth(True), truth(1.0))

# Equality via __eq__ is used for literal patterns.
class AlwaysEq:
    def __eq__(self, other):
        return True
match AlwaysEq():
    case 123:
        print("AlwaysEq matched 123")
    case _:
        print("AlwaysEq did not match")

class NeverEq:
    def __eq__(self, other):
        return False
match NeverEq():
    case None:
        print("None matches by identity only")
    case 5:
        print("5?")
    case _:
        print("NeverEq falls to wildcard")

# Large ints and string escapes
match 10**20:
    case 100000000000000000000:
        print("big int literal matched")
match "tab\there":
    case "tab\there":
        print("escape literal matched")
match "\u00e9":
    case "é":
        print("unicode literal matched")
