# str find/rfind/index/count/startswith/endswith/in on long ASCII and non-ASCII strings (searched in place), and hashlib update() over many chunks.
import sys
text = "a" * 1000000; hits = 0
for i in range(2000): hits += text.startswith("true", i) + text.endswith("aa", 0, i + 2)
print(hits, text.find("b"), ("x" + text).rfind("x"), text.count("aaa"), "ab" in text, text.index("a", 999999))
s = "héllo wörld ünïcode " * 3
print(s.find("wö"), s.rfind("ü"), s.count("l"), s.startswith(("x", "hé")), s.endswith("de "), "ünï" in s, s.find("", 5), s.rfind(""), "" in s)
print("abc".find("c", 1, 2), "abc".find("", 4), "abc".startswith("", 3), "abc".startswith("", 4), "aaaa".count("aa"))
import hashlib
d = hashlib.sha256(); b = b"x" * 6000
for i in range(3000): d.update(b)
c = d.copy(); c.update(b"y")
print(d.hexdigest()[:16], c.hexdigest()[:16], hashlib.md5(b"abc").hexdigest())
