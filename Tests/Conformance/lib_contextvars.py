# contextvars: variables with defaults, tokens and reset, contexts that
# run code in isolation, and the errors of misuse.
import contextvars as cv

v = cv.ContextVar("v", default=1)
w = cv.ContextVar("w")
print(v.name, v.get(), w.get("fallback"), cv.ContextVar.__module__, type(cv.copy_context()).__name__)
t = v.set(5)
print(t.var is v, t.old_value, cv.Token.MISSING, v.get())
try:
    w.get()
except LookupError as e:
    print(type(e).__name__, e.args[0] is w)
v.reset(t)
print(v.get())
try:
    v.reset(t)
except RuntimeError as e:
    print("used:", str(e).endswith("has already been used once"))
t2 = w.set(1)
try:
    v.reset(t2)
except ValueError as e:
    print(str(e).endswith("was created by a different ContextVar"))
ctx = cv.copy_context()


def f(x):
    w.set(x)
    return w.get()


print(ctx.run(f, 9), w.get(), ctx[w], w in ctx, len(ctx), dict(ctx.items()) == {w: 9}, list(ctx) == [w])
try:
    ctx.run(lambda: ctx.run(f, 1))
except RuntimeError as e:
    print(str(e).startswith("cannot enter context:"))
for bad in [lambda: v.reset(1), lambda: cv.ContextVar(1), lambda: ctx["x"]]:
    try:
        bad()
    except TypeError as e:
        print(e)
try:
    class X(cv.ContextVar):
        pass
except TypeError as e:
    print(e)
print(cv.ContextVar[int], ctx.get(v), len(cv.Context()))
inner = cv.Context()
print(inner.run(lambda: (v.get(), w.get(None))))
tokens = [w.set(i) for i in range(3)]
for tok in reversed(tokens):
    w.reset(tok)
print(w.get())
