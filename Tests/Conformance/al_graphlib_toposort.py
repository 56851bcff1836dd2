# Topological ordering with the standard library's graphlib.TopologicalSorter,
# including batch-wise processing and cycle errors.
import graphlib

deps = {"app": {"lib", "utils"}, "lib": {"core"}, "utils": {"core"}, "core": set()}
ts = graphlib.TopologicalSorter(deps)
ts.prepare()
batches = []
while ts.is_active():
    ready = sorted(ts.get_ready())
    batches.append(ready)
    ts.done(*ready)
print(batches)
print(list(graphlib.TopologicalSorter({"b": {"a"}}).static_order()))
try:
    list(graphlib.TopologicalSorter({"a": {"b"}, "b": {"a"}}).static_order())
except graphlib.CycleError as e:
    print(type(e).__name__, e.args[0])
