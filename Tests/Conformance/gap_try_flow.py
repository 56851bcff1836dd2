# try/except/else/finally control flow: return in finally, exception variable cleanup, bare raise, re-raise contexts.
def order(fail):
    log = []
    try:
        log.append("try")
        if fail:
            raise ValueError("boom")
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log


print(order(False), order(True))


def finally_wins():
    try:
        return "try"
    finally:
        return "finally"


def finally_swallows():
    try:
        raise KeyError("lost")
    finally:
        return "swallowed"


def loop_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out


print(finally_wins(), finally_swallows(), loop_finally())
try:
    raise TypeError("t")
except TypeError as exc:
    pass
try:
    print(exc)
except NameError as e:
    print("NameError", e)


def reraiser():
    try:
        raise ValueError("original")
    except ValueError:
        try:
            raise
        finally:
            print("inner finally")


try:
    reraiser()
except ValueError as e:
    print("re-raised", e, e.__context__)
try:
    try:
        raise KeyError("first")
    except KeyError:
        raise IndexError("second")
except IndexError as e:
    print(type(e.__context__).__name__, e.__context__, e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    finally:
        print("cleanup runs before propagation")
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)


def nested_handlers(kind):
    try:
        try:
            raise kind("x")
        except (KeyError, IndexError) as e:
            return f"inner {type(e).__name__}"
    except LookupError as e:
        return "outer lookup"
    except Exception as e:
        return f"outer {type(e).__name__}"


print(nested_handlers(KeyError), nested_handlers(ValueError), nested_handlers(LookupError))
try:
    raise
except RuntimeError as e:
    print("RuntimeError", e)
try:
    raise 5
except TypeError as e:
    print("TypeError", e)
try:
    raise ValueError from 5
except TypeError as e:
    print("TypeError", e)
