# str find/rfind/index/rindex/count with start/end ranges, negative indices, empty substrings and error messages.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = "abracadabra"
for sub in ["a", "abra", "cad", "z", "", "ra", "abracadabra", "abracadabrax"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), sub in s)
for args in [("a", 1), ("a", 1, 4), ("a", -4), ("a", -4, -1), ("abra", 1), ("abra", 0, 4), ("abra", 0, 3), ("", 5),
             ("", 11), ("a", 100), ("a", -100), ("a", 5, 2), ("", 5, 2), ("a", None, 3), ("a", 3, None)]:
    print(args, s.find(*args), s.rfind(*args), s.count(*args))
print(s.index("c"), s.rindex("a"), s.index("a", 1), s.rindex("a", 0, -1), s.index("", 3), s.rindex(""))
print("".find(""), "".rfind(""), "".count(""), "abc".count(""), "aaaa".count("aa"), "aaaa".find("aa", 1), "aaaa".rfind("aa"))
print("héllo wörld".find("ö"), "日本語テキスト".index("テ"), "😀a😀".rfind("😀"), "😀a😀".count("😀"))
show(lambda: s.index("z"))
show(lambda: s.rindex("z"))
show(lambda: s.index("a", 11))
show(lambda: "".index("x"))
text = "the cat sat on the mat with the hat"
positions = []
i = text.find("the")
while i != -1:
    positions.append(i)
    i = text.find("the", i + 1)
print(positions, text.count("at"), text.count("at", 10), text.count("at", 10, 20))
def all_rfind(hay, needle):
    out, end = [], len(hay)
    while True:
        j = hay.rfind(needle, 0, end)
        if j < 0:
            return out
        out.append(j)
        end = j
print(all_rfind(text, "at"), all_rfind("aaaa", "a"), all_rfind("xyz", "q"))
