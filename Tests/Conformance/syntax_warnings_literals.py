# Compile-time SyntaxWarnings: a literal subscripted or called, a literal sequence indexed by the wrong type ("perhaps you missed a comma?"), and 'is' with a literal; the code still runs.
fs = [lambda: [0][1.0], lambda: (1, 2)["x"], lambda: "abc"[2.5], lambda: {1, 2}[0], lambda: 5[0], lambda: [1](2), lambda: "s"(), lambda: (1, 2)(3)]
for f in fs:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
x = 300
print(x is 300, x is not "a", x is None, [1][0], "ab"[1], (1,)[0:1], [1, 2][True])
exec("y = [1][1.5] if False else 0")
