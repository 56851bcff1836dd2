# eval(), exec() and compile(): namespaces, defaults from the caller, code objects, syntax errors, mappings as locals; ends with an error raised inside exec.
print(eval("1 + 2"), eval("  x * 2", {"x": 21}), eval("y", {}, {"y": 5}))
x = 10
def f():
    z = 3
    return eval("x + z")
print(f())
g = {}
exec("a = 1\ndef h(): return a + 1\nb = h()", g)
print(g["a"], g["b"], "__builtins__" in g)
l = {}
exec("c = 5\nd = c * 2", {}, l)
print(sorted(l.items()))
exec("global q\nq = 7", g)
print(g["q"])
code = compile("u + 1", "<calc>", "eval")
print(type(code).__name__, eval(code, {"u": 41}))
code2 = compile("for i in range(3): print('loop', i)", "<loop>", "exec")
exec(code2)
print(exec("1"), eval(compile("7", "x", "exec")))
for bad in ["1 +", "def", "x = = 2", "(", "return 5"]:
    try:
        exec(bad)
    except SyntaxError as e:
        print("SyntaxError", e)
try:
    eval("1; 2")
except SyntaxError as e:
    print("SyntaxError", e)
try: eval(5)
except TypeError as e: print(e)
try: exec("pass", [])
except TypeError as e: print(e)
try: compile("x", "f", "bogus")
except ValueError as e: print(e)
try: eval("undefined_name")
except NameError as e: print(e)
class M:
    def __getitem__(self, k):
        if k == "magic": return 42
        raise KeyError(k)
print(eval("magic", {}, M()))
print(eval("[i*i for i in range(4)]"), eval("lambda v: v + x")(1))
ns = {}
exec("class K:\n    v = 3\n    def m(self): return self.v\nres = K().m()", ns)
print(ns["res"], ns["K"].__qualname__, ns["K"].m.__qualname__)
exec(b"bb = 'bytes source'", ns); print(ns["bb"])
try:
    exec("raise ValueError('inside exec')")
except ValueError as e:
    print("caught", e)
exec("import math\nr = math.sqrt(16)", ns); print(ns["r"])
print(eval("__name__"), eval("__name__", {"__name__": "other"}))
exec("1/0")
