# Exceptions raised inside finally/except blocks: replacement, implicit __context__, bare raise and re-raise.
def fail_in_finally():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("from finally")


try:
    fail_in_finally()
except KeyError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)


def fail_in_except():
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("handler broke")


try:
    fail_in_except()
except RuntimeError as e:
    print(repr(e), type(e.__context__).__name__, str(e.__context__))


def bare_reraise():
    try:
        [].pop()
    except IndexError:
        print("logging and re-raising")
        raise


try:
    bare_reraise()
except IndexError as e:
    print("re-raised:", e, e.__context__)


def reraise_named():
    try:
        int("zz")
    except ValueError as err:
        raise err


try:
    reraise_named()
except ValueError as e:
    print("named re-raise:", e, e.__context__)


def raise_from():
    try:
        {}["k"]
    except KeyError as e:
        raise LookupError("lookup failed") from e


try:
    raise_from()
except LookupError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, e.__context__ is e.__cause__)


def from_none():
    try:
        {}["k"]
    except KeyError:
        raise ValueError("clean") from None


try:
    from_none()
except ValueError as e:
    print(repr(e), e.__cause__, e.__suppress_context__, repr(e.__context__))


def deep_context():
    try:
        try:
            raise TypeError("first")
        except TypeError:
            raise ValueError("second")
    except ValueError:
        raise KeyError("third")


try:
    deep_context()
except KeyError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(repr(cur))
        cur = cur.__context__
    print(" <- ".join(chain))


def handled_inside_finally():
    try:
        return "value"
    finally:
        try:
            raise ValueError("inner")
        except ValueError:
            print("handled inside finally")


print(handled_inside_finally())

try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)

e1 = ValueError("manual")
e1.__cause__ = KeyError("set by hand")
print(e1.__suppress_context__, repr(e1.__cause__))
try:
    e1.__cause__ = "not an exception"
except TypeError as e:
    print("TypeError:", e)


def except_star_free_chain():
    try:
        raise ValueError("a")
    except ValueError as first:
        try:
            raise TypeError("b")
        except TypeError as second:
            return second.__context__ is first


print(except_star_free_chain())
