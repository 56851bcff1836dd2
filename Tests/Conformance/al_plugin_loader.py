# Loading "plugins" by module name at runtime with __import__, as a
# configuration-driven program would, with errors for missing modules.

def load(spec):
    mod_name, _, attr = spec.partition(":")
    module = __import__(mod_name)
    return getattr(module, attr) if attr else module


for spec in ["math:sqrt", "heapq:nsmallest", "collections:Counter", "math"]:
    obj = load(spec)
    print(spec, "->", getattr(obj, "__name__", obj))
print(load("math:sqrt")(2.25), load("heapq:nsmallest")(2, [5, 1, 4]))
for bad in ["no_such_module_xyz", "math:nope"]:
    try:
        load(bad)
    except (ImportError, AttributeError) as e:
        print(type(e).__name__, e)
