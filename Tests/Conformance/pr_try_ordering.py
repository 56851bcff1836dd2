# Control flow through try/except/else/finally: execution order, return in finally, break/continue, nested handlers.
log = []


def step(name):
    log.append(name)


def run(fail_at):
    log.clear()
    try:
        step("try")
        if fail_at == "try":
            raise ValueError("in try")
    except ValueError:
        step("except")
        if fail_at == "except":
            raise KeyError("in except")
    else:
        step("else")
        if fail_at == "else":
            raise IndexError("in else")
    finally:
        step("finally")
    step("after")


for where in [None, "try", "except", "else"]:
    try:
        run(where)
        outcome = "normal"
    except Exception as e:
        outcome = type(e).__name__
    print(where, log, outcome)


def finally_return():
    try:
        return "from try"
    finally:
        print("finally before return")


def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"


def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"


def return_value_evaluated_first():
    x = [1]
    try:
        return x
    finally:
        x.append(2)


print(finally_return(), finally_overrides(), finally_swallows(), return_value_evaluated_first())


def loop_control():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out


print(loop_control())


def while_with_finally():
    n = 0
    out = []
    while True:
        try:
            n += 1
            if n > 3:
                return out
        finally:
            out.append(n)


print(while_with_finally())


def nested(kind):
    try:
        try:
            if kind == 1:
                raise ValueError("v")
            if kind == 2:
                raise TypeError("t")
            return "none"
        except ValueError as e:
            return f"inner caught {e}"
        finally:
            print("  inner finally", kind)
    except TypeError as e:
        return f"outer caught {e}"
    finally:
        print("  outer finally", kind)


for k in range(3):
    print(nested(k))

try:
    pass
except Exception:
    print("never")
else:
    print("else without exception")


def exception_var_cleared():
    try:
        raise ValueError("x")
    except ValueError as err:
        pass
    try:
        return err
    except NameError as e:
        return "NameError: " + str(e)
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)


print(exception_var_cleared())
for i in range(3):
    try:
        if i % 2:
            raise RuntimeError(i)
        print("iteration ok", i)
    except RuntimeError as e:
        print("iteration failed", e)
        continue
    finally:
        print("finally", i)
