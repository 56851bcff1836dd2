# __import__ called with keyword arguments as the first import of a module whose
# body defines classes (the keywords must not reach those class statements).
m = __import__("itertools", fromlist=["count"])
print(m.__name__, m.count(5).__next__())
t = __import__("types", fromlist=["SimpleNamespace"])
print(t.SimpleNamespace(a=1))
