# An object that is no longer referenced dies at gc.collect() even if module code
# or a function evaluated it into a temporary (call results, subscripts, discarded pop()).
import gc
import weakref


class N:
    def __repr__(self):
        return "N()"


x = N()
r = weakref.ref(x)
del x
gc.collect()
print("module global:", r())

store = {"k": N()}
r = weakref.ref(store["k"])
del store["k"]
gc.collect()
print("module subscript:", r())

store = {"k": N()}
r = weakref.ref(store["k"])
store.pop("k")
gc.collect()
print("discarded pop:", r())


def main():
    items = [N()]
    r = weakref.ref(items[0])
    items.clear()
    gc.collect()
    print("function subscript:", r())


main()
