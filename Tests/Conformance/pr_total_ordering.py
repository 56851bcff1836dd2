# functools.total_ordering: derived comparison methods, NotImplemented and mixed types.
import functools


@functools.total_ordering
class Student:
    def __init__(self, name, grade):
        self.name = name
        self.grade = grade

    def __eq__(self, other):
        if not isinstance(other, Student):
            return NotImplemented
        return self.grade == other.grade

    def __lt__(self, other):
        if not isinstance(other, Student):
            return NotImplemented
        return self.grade < other.grade

    def __repr__(self):
        return f"{self.name}:{self.grade}"


a, b, c = Student("a", 80), Student("b", 90), Student("c", 80)
for x, y in [(a, b), (b, a), (a, c)]:
    print(x, y, x < y, x <= y, x > y, x >= y, x == y, x != y)
print(sorted([b, a, c]), max([a, b, c]), min([b, c, a]))
for op in ["<", "<=", ">", ">="]:
    try:
        if op == "<":
            a < 5
        elif op == "<=":
            a <= 5
        elif op == ">":
            a > 5
        else:
            a >= 5
    except TypeError as e:
        print("TypeError:", e)
print(a == 5, a != 5)


@functools.total_ordering
class Weight:
    def __init__(self, kg):
        self.kg = kg

    def __eq__(self, other):
        return self.kg == other.kg

    def __gt__(self, other):
        return self.kg > other.kg


w1, w2 = Weight(1), Weight(2)
print(w1 < w2, w1 <= w2, w1 >= w2, w2 >= w1, w1 <= Weight(1))

try:
    @functools.total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)


print(Student.__le__.__name__, Weight.__lt__.__name__)
