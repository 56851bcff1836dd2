#if canImport(Glibc)
import Glibc
#endif

/// `_thread` for a runtime with one thread: locks, RLocks, thread-local
/// data and identity, so threading, logging, queue and functools import
/// and work. Starting a thread is refused with an error that says so: the
/// VM has no global lock yet (ROADMAP, Compatibility), and running the
/// function on the caller's thread instead would deadlock or reorder a
/// program that waits for it. A blocking acquire of a held lock waits as
/// CPython's would with no other thread to release it: until a signal.
enum ThreadModule {
    static func make(_ rt: Runtime) throws -> Value {
        try NativeModules.withPython(rt, "_thread", pythonPart) { rt, d in
            // One thread: its identity is fixed for the process.
            let ident = Value(uncheckedSmallInt: Int64(UInt(bitPattern: Int(bitPattern: UInt(pthread_self()))) & 0x7fff_ffff_ffff))
            try NativeModules.function(rt, d, "get_ident") { _, args in
                try Builtins.exactly(0, "get_ident", args)
                return ident
            }
            try NativeModules.function(rt, d, "get_native_id") { _, args in
                try Builtins.exactly(0, "get_native_id", args)
                return Value(uncheckedSmallInt: Int64(getpid()))
            }
        }
    }

    static let pythonPart = """
    import time as _time

    error = RuntimeError
    TIMEOUT_MAX = 9223372036.0

    def _wait(timeout):
        # No other thread can release the lock: wait out the timeout (or,
        # without one, until a signal handler raises), then report failure.
        if timeout < 0:
            while True:
                _time.sleep(3600)
        _time.sleep(timeout)
        return False

    def _check_timeout(blocking, timeout):
        if not blocking and timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        if timeout < 0 and timeout != -1:
            raise ValueError("timeout value must be a non-negative number")
        if timeout > TIMEOUT_MAX:
            raise OverflowError("timeout value is too large")

    class LockType:
        __slots__ = ("_locked",)

        def __init__(self):
            self._locked = False

        def acquire(self, blocking=True, timeout=-1):
            _check_timeout(blocking, timeout)
            if not self._locked:
                self._locked = True
                return True
            if not blocking:
                return False
            return _wait(timeout)

        def release(self):
            if not self._locked:
                raise RuntimeError("release unlocked lock")
            self._locked = False

        def locked(self):
            return self._locked

        def _at_fork_reinit(self):
            self._locked = False

        acquire_lock = acquire
        release_lock = release
        locked_lock = locked
        __enter__ = acquire

        def __exit__(self, *exc):
            self.release()

        def __repr__(self):
            state = "locked" if self._locked else "unlocked"
            return "<%s _thread.lock object at %#x>" % (state, id(self))

    LockType.__name__ = LockType.__qualname__ = "lock"
    LockType.__module__ = "_thread"

    class RLock:
        __slots__ = ("_count",)

        def __init__(self):
            self._count = 0

        def acquire(self, blocking=True, timeout=-1):
            _check_timeout(blocking, timeout)
            # The only thread is always the owner.
            self._count += 1
            return True

        def release(self):
            if self._count == 0:
                raise RuntimeError("cannot release un-acquired lock")
            self._count -= 1

        def _is_owned(self):
            return self._count > 0

        def _release_save(self):
            if self._count == 0:
                raise RuntimeError("cannot release un-acquired lock")
            count, self._count = self._count, 0
            return (count, get_ident())

        def _acquire_restore(self, state):
            self._count = state[0]

        def _recursion_count(self):
            return self._count

        def _at_fork_reinit(self):
            self._count = 0

        __enter__ = acquire

        def __exit__(self, *exc):
            self.release()

        def __repr__(self):
            state = "locked" if self._count else "unlocked"
            return "<%s _thread.RLock object owner=%d count=%d at %#x>" % (
                state, get_ident() if self._count else 0, self._count, id(self))

    RLock.__module__ = "_thread"

    def allocate_lock():
        return LockType()

    allocate = allocate_lock

    class _local:
        "Thread-local data: with one thread, an object with a __dict__."

    _local.__module__ = "_thread"

    def start_new_thread(function, args, kwargs=None):
        if not callable(function):
            raise TypeError("first arg must be callable")
        if not isinstance(args, tuple):
            raise TypeError("2nd arg must be a tuple")
        if kwargs is not None and not isinstance(kwargs, dict):
            raise TypeError("optional 3rd arg must be a dictionary")
        raise NotImplementedError("starting a thread is not supported by tiercel yet")

    start_new = start_new_thread

    def _count():
        return 0

    def _set_sentinel():
        return LockType()

    def stack_size(size=0):
        if size != 0 and size < 32768:
            raise ValueError("size not valid: %d bytes" % size)
        return 0

    def interrupt_main(signum=2):
        import _signal
        _signal.raise_signal(signum)

    def exit():
        raise SystemExit

    exit_thread = exit
    """
}
