# collections: defaultdict.default_factory, namedtuple _make/_field_defaults/index/count, OrderedDict.fromkeys; tuple() of a namedtuple is a plain tuple.
from collections import defaultdict, namedtuple, OrderedDict
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
dd = defaultdict(list)
show(lambda: dd.default_factory is list)
show(lambda: defaultdict().default_factory)
Point = namedtuple("Point", "x y")
P3 = namedtuple("P3", ["x", "y", "z"], defaults=[0])
p = Point(1, 2)
show(lambda: Point._make([7, 8]))
show(lambda: P3._field_defaults)
show(lambda: (p.index(2), p.count(1)))
show(lambda: OrderedDict.fromkeys("abc", 0))
show(lambda: (tuple(p), type(tuple(p)).__name__, tuple(p) is p))
