# Dunder methods of int/float called directly (e.g. (7).__add__(3), (10).__mod__(-3), (2.5).__floor__()).
import math
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: ((7).__abs__(), (7).__neg__(), (7).__add__(3), (7).__radd__(3), (7).__sub__(3.0)))
show(lambda: ((10).__floordiv__(3), (10).__mod__(-3), (2).__pow__(10), (5).__eq__(5.0), (5).__lt__(6), (5).__bool__(), (0).__bool__()))
show(lambda: ((255).__format__("x"), (3).__index__(), (3).__int__(), (3).__float__(), (3).__trunc__()))
show(lambda: ((2.5).__floor__(), (2.5).__ceil__(), (2.5).__round__(), (2.567).__round__(2), (-2.5).__trunc__(), (2.5).__int__()))
show(lambda: ((1.5).__add__(1), (1.5).__abs__(), (-1.5).__abs__()))
show(lambda: ((1.5).__repr__(), (1.5).__str__(), (7).__repr__(), float.__repr__(2.5), int.__repr__(3)))
