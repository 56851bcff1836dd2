# match statements: class patterns and inheritance: inherited/overridden __match_args__, base-class patterns, case order, local classes.
class Animal:
    __match_args__ = ("name",)
    def __init__(self, name):
        self.name = name

class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed

class Cat(Animal):
    __match_args__ = ("name", "lives")
    def __init__(self, name, lives=9):
        super().__init__(name)
        self.lives = lives

class Kitten(Cat):
    pass

def who(a):
    match a:
        case Kitten(n, lives):
            return f"kitten {n} ({lives} lives)"
        case Cat(n, 9):
            return f"cat {n} with all lives"
        case Cat(n, l):
            return f"cat {n} with {l} lives"
        case Dog(n, breed=b):
            return f"dog {n} the {b}"
        case Animal(n):
            return f"animal {n}"
        case _:
            return "not an animal"

for a in [Kitten("tom", 9), Cat("felix"), Cat("garfield", 3), Dog("rex", "collie"), Animal("generic"), "rock"]:
    print(who(a))

print(Dog.__match_args__, Kitten.__match_args__)

# a base-class pattern listed first shadows subclass cases
def base_first(a):
    match a:
        case Animal():
            return "caught by Animal()"
        case Dog():
            return "never reached"
print(base_first(Dog("d", "pug")), base_first(Cat("c")))

# a class defined inside a function, used in a pattern in the same function
def local_classes(v):
    class Box:
        __match_args__ = ("content",)
        def __init__(self, c):
            self.content = c
    match Box(v):
        case Box([x, y]):
            return f"box of pair {x},{y}"
        case Box(c):
            return f"box of {c!r}"
print(local_classes([1, 2]), local_classes("s"))
