# Methods skip the class scope: a method's free variable resolves to the enclosing function even if the class defines the same name.
def make_counter_class(start):
    start_label = f"from {start}"

    class Counter:
        start = 0
        start_label = "class attribute"

        def __init__(self):
            self.value = start

        def describe(self):
            return f"{start_label} / {self.start_label} / class start={type(self).start}"

    return Counter


C = make_counter_class(10)
c = C()
print(c.value, c.describe())


def outer():
    x = "function x"

    class K:
        x = "class x"
        seen_in_body = x

        def method(self):
            return x

        comp = [x for _ in range(2)]

    return K.seen_in_body, K().method(), K.comp


print(outer())
