# global and nonlocal declarations across nested functions.
count = 0
log = []


def outer():
    total = 0

    def add(n):
        nonlocal total
        global count
        total += n
        count += 1
        log.append(total)
        return total

    for i in range(1, 5):
        add(i)
    return total


print(outer(), count, log)


def make():
    value = "initial"

    def get():
        return value

    def set_(v):
        nonlocal value
        value = v

    return get, set_


g, s = make()
print(g())
s("changed")
print(g())


def shadow():
    count = "local"
    return count


print(shadow(), count)


def use_global_later():
    global late_defined
    late_defined = "now defined"


use_global_later()
print(late_defined)
