# A retry decorator built from closures: exception filtering, attempt counting, giving up with chained errors, wraps.
import functools


class TransientError(Exception):
    pass


class GaveUp(Exception):
    def __init__(self, func_name, attempts):
        super().__init__(f"{func_name} failed after {attempts} attempts")
        self.attempts = attempts


def retry(times=3, on=(Exception,), log=None):
    if times < 1:
        raise ValueError("times must be >= 1")

    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            last = None
            for attempt in range(1, times + 1):
                try:
                    result = func(*args, **kwargs)
                except on as exc:
                    last = exc
                    if log is not None:
                        log.append(f"{func.__name__} attempt {attempt}: {type(exc).__name__}: {exc}")
                else:
                    wrapper.successes += 1
                    return result
            raise GaveUp(func.__name__, times) from last

        wrapper.successes = 0
        return wrapper
    return decorator


def flaky_source(failures):
    state = {"calls": 0}

    def fetch(key):
        """Fetch a key, failing the first few times."""
        state["calls"] += 1
        if state["calls"] <= failures:
            raise TransientError(f"timeout #{state['calls']}")
        return f"{key}={state['calls']}"

    return fetch


log = []
fetch2 = retry(times=3, on=(TransientError,), log=log)(flaky_source(2))
print(fetch2("a"), fetch2("b"), fetch2.successes, fetch2.__name__, fetch2.__doc__)
fetch5 = retry(times=3, on=(TransientError,), log=log)(flaky_source(5))
try:
    fetch5("c")
except GaveUp as e:
    print("GaveUp:", e, "| cause:", repr(e.__cause__), "| attempts:", e.attempts)
print("\n".join(log))


@retry(times=2, on=(KeyError,))
def lookup(d, k):
    return d[k]


try:
    lookup({}, [1])
except TypeError as e:
    print("not retried:", type(e).__name__, e)
try:
    lookup({}, "missing")
except GaveUp as e:
    print(e, repr(e.__cause__), e.__suppress_context__)
print(lookup({"k": 1}, "k"), lookup.successes, lookup.__wrapped__.__name__)
try:
    retry(times=0)
except ValueError as e:
    print("ValueError:", e)


@retry()
def always_ok():
    return "fine"


print(always_ok(), always_ok.successes)
