# The traceback module over real traceback and frame objects: format_exc, format_exception, extract_tb, walk_tb.
# Caret lines are left out: the traceback module places them with the ast module.
import sys
import traceback


def shown(text):
    return "\n".join(line for line in text.split("\n") if line.strip(" ~^"))


def inner(n):
    return 10 // n


def middle(n):
    return inner(n) + 1


def outer():
    try:
        middle(0)
    except ZeroDivisionError:
        return traceback.format_exc()


print(shown(outer()))
try:
    middle(0)
except ZeroDivisionError as e:
    lines = traceback.format_exception(type(e), e, e.__traceback__)
    print(shown("".join(lines)))
    frames = traceback.extract_tb(e.__traceback__)
    print([(f.name, f.lineno, f.line) for f in frames])
    print([(fr.f_code.co_name, lineno) for fr, lineno in traceback.walk_tb(e.__traceback__)])
    print(traceback.format_exception_only(type(e), e))


def chained():
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("bad") from e


try:
    chained()
except ValueError as e:
    print(shown("".join(traceback.format_exception(e))))


f = sys._getframe()
print(f.f_code.co_name, sys._getframe().f_lineno, f.f_back, f.f_globals is globals(), f.f_locals is globals())


def depth():
    here = sys._getframe()
    return here.f_code.co_name, here.f_back.f_code.co_name, sys._getframe(1).f_lineno


def caller():
    return depth()


print(caller())
try:
    sys._getframe(1000)
except ValueError as e:
    print("ValueError", e)
try:
    raise KeyError("x")
except KeyError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_next, tb.tb_frame.f_code.co_filename.endswith(".py"))
    print(sys.exc_info()[2] is tb)
    e2 = e.with_traceback(None)
    print(e2.__traceback__, e2 is e)
    try:
        e.with_traceback(5)
    except TypeError as t:
        print("TypeError", t)
