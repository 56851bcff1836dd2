# namedtuple classes as CPython builds them: __new__ with named parameters,
# defaults, _make/_replace/_asdict, __match_args__, subclassing, no instance dict.
import collections
from collections import namedtuple
class T(namedtuple('T', 'a b')):
    def f(self): return self.a + self.b
t = T(1, 2)
print(t, t.f(), T._make([3, 4]), t._replace(a=5), T._fields)
P = namedtuple('P', 'x y', defaults=[5])
print(P.__new__.__qualname__, P.__new__.__name__, P.__new__.__defaults__, P.__doc__, P.x.__doc__, P.__module__)
try: P()
except TypeError as e: print(e)
try: P(1,2,3)
except TypeError as e: print(e)
try: P(1, z=3)
except TypeError as e: print(e)
print(P._field_defaults, P.__match_args__, P.__slots__, P._make([1,2]), P(1)._replace(y=3), P(1)._asdict(), repr(P(1,2)))
try: P(1)._replace(z=3)
except ValueError as e: print(e)
try: P._make([1])
except TypeError as e: print(e)
print(P.__getnewargs__(P(1,2)))
p = P(1, 2)
try: p.x = 3
except AttributeError as e: print(e)
try: p.z = 3
except AttributeError as e: print(e)
match p:
    case P(a, b): print("matched", a, b)
print(p == (1, 2), hash(p) == hash((1, 2)), isinstance(p, tuple), p[0], p[-1], list(p), p.count(1), p.index(2))
E = namedtuple('E', '')
print(E(), namedtuple('R', ['def', 'x', 'x'], rename=True)._fields)
import tokenize, io
for tok in tokenize.generate_tokens(io.StringIO("x = 1 + y\n").readline):
    print(tokenize.tok_name[tok.type], repr(tok.string), tok.start)
