# super() referenced inside a nested function: compiles fine, fails only when actually called.
class Base:
    def greet(self):
        return "base"


class Child(Base):
    def greet(self):
        def helper():
            return super().greet()
        return "child"

    def explicit(self):
        def helper():
            return super(Child, self).greet()
        return helper()

    def broken(self):
        def helper():
            return super().greet()
        return helper()


c = Child()
print(c.greet(), c.explicit())
try:
    c.broken()
except RuntimeError as e:
    print("RuntimeError:", e)
