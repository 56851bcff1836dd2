# Exact TypeError/OverflowError messages for bad arguments to assorted builtins and builtin methods.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: sorted([1, 2], cmp=None))
show(lambda: [3, 1].sort(lambda a: a))
show(lambda: round())
show(lambda: chr(2**70))
show(lambda: enumerate())
show(lambda: (5).bit_length(1))
show(lambda: [1].index(1, "a"))
show(lambda: [1].index(1, 1.5))
show(lambda: max(key=len))
show(lambda: isinstance(1))
show(lambda: divmod())
show(lambda: abs())
show(lambda: abs(1, 2))
show(lambda: len(x=1))
show(lambda: {1}.add())
def tuple_del():
    w = (1, 2)
    del w[0:1]
show(tuple_del)
def non_iter_assign():
    q = [1, 2, 3]
    q[0:1] = 5
show(non_iter_assign)
show(lambda: reversed(iter([1, 2])))
show(lambda: reversed())
show(lambda: reversed([1], [2]))
class OnlyGetitem:
    def __getitem__(self, i):
        return i
show(lambda: reversed(OnlyGetitem()))
class NoneRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
show(lambda: reversed(NoneRev()))
show(lambda: type(None)())
show(lambda: type(None)(1))
