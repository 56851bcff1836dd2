# The less common built-in exception classes exist, with CPython's hierarchy: OSError subclasses, Unicode errors, warnings.
names = [
    "BlockingIOError", "BrokenPipeError", "ChildProcessError", "ConnectionError", "ConnectionAbortedError",
    "ConnectionRefusedError", "ConnectionResetError", "FileExistsError", "InterruptedError", "IsADirectoryError",
    "NotADirectoryError", "ProcessLookupError", "TimeoutError", "IndentationError", "TabError", "SyntaxError",
    "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError", "ReferenceError", "StopAsyncIteration",
    "BytesWarning", "EncodingWarning", "FutureWarning", "ImportWarning", "PendingDeprecationWarning",
    "ResourceWarning", "SyntaxWarning", "UnicodeWarning",
]
namespace = __builtins__ if isinstance(__builtins__, dict) else vars(__builtins__)
for name in names:
    cls = namespace.get(name)
    if cls is None:
        print(name, "MISSING")
    else:
        print(name, "->", cls.__mro__[1].__name__)


class FlakyNetwork(Exception):
    pass


def fetch(attempt):
    if attempt == 0:
        raise ConnectionRefusedError("refused")
    if attempt == 1:
        raise TimeoutError("timed out")
    return "data"


for attempt in range(3):
    try:
        print("got", fetch(attempt))
    except ConnectionError as e:
        print("connection problem:", type(e).__name__, e, isinstance(e, OSError))
    except OSError as e:
        print("os problem:", type(e).__name__, e)
print(issubclass(TabError, SyntaxError), issubclass(UnicodeDecodeError, ValueError), issubclass(FutureWarning, Warning))
import builtins
print(builtins.ValueError is ValueError, builtins.len is len)
