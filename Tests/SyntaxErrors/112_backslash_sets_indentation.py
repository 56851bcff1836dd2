class C:
    "doc"
     \
 def f(self):
        pass
