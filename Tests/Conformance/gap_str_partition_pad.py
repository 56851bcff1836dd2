# str.partition/rpartition, zfill, center/ljust/rjust with fill characters, expandtabs.
for s in ["key=value", "a=b=c", "novalue", "=x", "x=", ""]:
    print(repr(s), s.partition("="), s.rpartition("="))
print("a::b::c".partition("::"), "a::b::c".rpartition("::"), "aaa".partition("aa"), "aaa".rpartition("aa"))
for s in ["42", "-42", "+7", "", "abc", "-", "3.14", "+-1", "-0012"]:
    print(repr(s), repr(s.zfill(5)), repr(s.zfill(1)), repr(s.zfill(-3)))
print(repr("hi".center(7)), repr("hi".center(7, "*")), repr("hi".center(6, "-")), repr("abc".center(6, ".")))
print(repr("abc".center(2)), repr("a".center(4, "x")), repr("ab".center(5, "x")), repr("".center(3, "z")))
print(repr("hi".ljust(5, ".")), repr("hi".rjust(5, ".")), repr("hi".ljust(1)), repr("é".rjust(3, "ü")))
print(repr("a\tb\tc".expandtabs()), repr("a\tb".expandtabs(4)), repr("ab\tc\nd\te".expandtabs(3)))
print(repr("\t".expandtabs(0)), repr("12345\t6".expandtabs(4)), repr("x\ty".expandtabs(-1)), repr("a\r\tb".expandtabs(4)))
for thunk in [
    lambda: "a=b".partition(""),
    lambda: "a=b".rpartition(""),
    lambda: "a=b".partition(None),
    lambda: "x".center(5, "ab"),
    lambda: "x".ljust(5, ""),
    lambda: "x".rjust("5"),
    lambda: "x".zfill("3"),
    lambda: "x".center(5, 1),
    lambda: "x\t".expandtabs("4"),
]:
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)
