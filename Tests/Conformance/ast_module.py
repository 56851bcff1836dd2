# ast over _ast: parse with positions, unparse, literal_eval, eval mode, compile() of a tree, node constructors, a 300-deep expression, walk.
import ast
src = "def f(x, *, y=2):\n    return x + y * 3  # c\nclass K(B, metaclass=M):\n    a: int = 1\nprint(f'{a!r:>3}', b'x\\n', 1e999, ...)\n"
t = ast.parse(src)
print(ast.dump(t, include_attributes=True))
print(ast.unparse(t))
print(ast.literal_eval("[1, (2, 'x'), {'k': -3.5}, None]"))
e = ast.parse("a + b * c", mode="eval")
print(ast.dump(e))
print(eval(compile(e, "<ast>", "eval"), {"a": 1, "b": 2, "c": 3}))
n = ast.Name("x", ast.Load())
print(n.id, n._fields, ast.Constant(1).kind, ast.Name.__match_args__)
try: ast.Name(1, 2, 3)
except TypeError as e: print(e)
deep = "1" + "+1" * 300
print(eval(compile(ast.parse(deep, mode="eval"), "<d>", "eval")))
for node in ast.walk(ast.parse("x = [i for i in y if i]")):
    print(type(node).__name__, end=" ")
print()
