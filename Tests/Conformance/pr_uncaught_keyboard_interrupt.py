# An uncaught KeyboardInterrupt: CPython reports it and then terminates itself with SIGINT.
def work(steps):
    done = 0
    try:
        for i in range(steps):
            if i == 3:
                raise KeyboardInterrupt
            done += 1
    finally:
        print("cleanup after", done, "steps")
    return done


try:
    work(10)
except KeyboardInterrupt as e:
    print("caught once:", repr(e), isinstance(e, Exception), isinstance(e, BaseException))
work(10)
print("unreachable")
