/// Counter's multiset arithmetic and comparisons, in Python over the
/// native Counter class: results keep only positive counts; in-place forms
/// update the left operand and then drop its non-positive counts; equality
/// and ordering treat a missing key as a zero count.
enum CounterArithmetic {
    static let pythonPart = """
def _counter_arithmetic():
    def positive_only(c):
        for key in [k for k, n in c.items() if not n > 0]:
            del c[key]
        return c

    def combine(pick):
        def operator(self, other):
            if not isinstance(other, Counter):
                return NotImplemented
            result = Counter()
            for key, n in self.items():
                m = pick(n, other[key])
                if m > 0:
                    result[key] = m
            for key, n in other.items():
                if key not in self:
                    m = pick(0, n)
                    if m > 0:
                        result[key] = m
            return result
        return operator

    def combine_in_place(pick):
        def operator(self, other):
            if not isinstance(other, Counter):
                return NotImplemented
            for key, n in other.items():
                self[key] = pick(self[key], n)
            return positive_only(self)
        return operator

    def intersect_in_place(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for key, n in list(self.items()):
            m = other[key]
            if m < n:
                self[key] = m
        return positive_only(self)

    def plus(self):
        return positive_only(Counter(self))

    def minus(self):
        result = Counter()
        for key, n in self.items():
            if n < 0:
                result[key] = 0 - n
        return result

    def adjust(sign):
        def method(self, iterable=None, /, **kwds):
            if iterable is not None:
                if hasattr(iterable, 'keys'):
                    for key in iterable.keys():
                        n = iterable[key]
                        self[key] = self.get(key, 0) + n if sign > 0 else self.get(key, 0) - n
                else:
                    for key in iterable:
                        self[key] = self.get(key, 0) + sign
            if kwds:
                method(self, kwds)
        return method

    def every(test):
        def comparison(self, other):
            if not isinstance(other, Counter):
                return NotImplemented
            return all(test(self[k], other[k]) for c in (self, other) for k in c)
        return comparison

    def strict(loose):
        def comparison(self, other):
            if not isinstance(other, Counter):
                return NotImplemented
            return loose(self, other) and not Counter.__eq__(self, other)
        return comparison

    add = combine(lambda a, b: a + b)
    sub = combine(lambda a, b: a - b)
    Counter.__add__ = add
    Counter.__sub__ = sub
    Counter.__or__ = combine(lambda a, b: b if a < b else a)
    # A key missing on one side counts 0, so min() drops it, as & should.
    Counter.__and__ = combine(lambda a, b: a if a < b else b)
    Counter.__iadd__ = combine_in_place(lambda a, b: a + b)
    Counter.__isub__ = combine_in_place(lambda a, b: a - b)
    Counter.__ior__ = combine_in_place(lambda a, b: b if a < b else a)
    Counter.__iand__ = intersect_in_place
    Counter.__pos__ = plus
    Counter.__neg__ = minus
    Counter.subtract = adjust(-1)
    equal = every(lambda a, b: a == b)
    Counter.__eq__ = equal
    Counter.__ne__ = lambda self, other: NotImplemented if not isinstance(other, Counter) else not equal(self, other)
    less_equal = every(lambda a, b: a <= b)
    greater_equal = every(lambda a, b: a >= b)
    Counter.__le__ = less_equal
    Counter.__ge__ = greater_equal
    Counter.__lt__ = strict(less_equal)
    Counter.__gt__ = strict(greater_equal)
    Counter.__hash__ = None
    for name in ('__add__', '__sub__', '__or__', '__and__', '__iadd__', '__isub__', '__ior__', '__iand__',
                 '__pos__', '__neg__', 'subtract', '__eq__', '__ne__', '__le__', '__ge__', '__lt__', '__gt__'):
        f = getattr(Counter, name)
        f.__name__ = name
        f.__qualname__ = 'Counter.' + name

_counter_arithmetic()
del _counter_arithmetic
"""
}
