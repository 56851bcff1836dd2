# Exception instances compare by identity: ==, !=, `in` on lists of errors, count/index, and as dict keys.
a = ValueError("same")
b = ValueError("same")
print(a == a, a != a)
print(a == b, a != b)
print(ValueError() == TypeError(), KeyError("k") == "k", a == 1)
errors = [KeyError("a"), ValueError("b")]
print(errors[0] in errors, KeyError("a") in errors)
print(errors.count(errors[1]), errors.count(ValueError("b")), errors.index(errors[1]))


class AppError(Exception):
    pass


print(AppError("x") == AppError("x"), AppError("x") == ValueError("x"))
seen = {a: "first", b: "second"}
print(len(seen), seen[a], seen[b])
print(len({a, b, a}), a.args == b.args, str(a) == str(b))
