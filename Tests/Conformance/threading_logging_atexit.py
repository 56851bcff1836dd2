# One-thread threading/_thread (locks, RLock, Event, local, queue), logging with exc_info, os.path helpers, and atexit callbacks run last-first at exit with errors reported.
import logging, sys, threading, queue, os.path
logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("app")
log.info("hello %s", "world")
log.warning("careful")
log.debug("hidden")
def fail():
    raise ValueError("bad value")
try:
    fail()
except ValueError:
    log.exception("boom")
lock = threading.Lock()
with lock:
    print(lock.locked())
print(lock.locked(), lock.acquire(False), lock.acquire(False), lock.acquire(timeout=0.01))
r = threading.RLock()
with r, r:
    print("reentrant")
q = queue.Queue()
for i in range(3): q.put(i)
print([q.get() for _ in range(3)], q.empty())
print(threading.current_thread().name, threading.active_count(), threading.get_ident() == threading.main_thread().ident)
local = threading.local(); local.x = 5; print(local.x)
ev = threading.Event(); ev.set(); print(ev.wait(0.01))
print(os.path.normcase("A/b"), os.path.relpath("/a/b/c", "/a/d"), os.path.splitdrive("/x"), os.path.commonprefix(["/usr/lib", "/usr/local"]))
import atexit
def bye(who, punctuation="!"):
    print("bye", who + punctuation)
atexit.register(bye, "first")
atexit.register(bye, "second", punctuation="?")
atexit.register(print, "unregistered")
atexit.unregister(print)
def broken():
    raise RuntimeError("in exit function")
atexit.register(broken)
