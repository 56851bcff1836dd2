# Infinite recursion through __getattr__ hits the recursion limit.
class Loop:
    def __getattr__(self, name):
        return getattr(self, "x" + name)


print("start")
Loop().a
