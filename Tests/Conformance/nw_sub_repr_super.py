# A dict/list subclass's __repr__ can call the base implementation via super()
# or list.__repr__(self) / dict.__repr__(self) without recursing.


class Tagged(dict):
    def __repr__(self):
        return "Tagged(" + super().__repr__() + ")"


class Named(list):
    def __repr__(self):
        return "Named" + list.__repr__(self)


class Plain(dict):
    def __repr__(self):
        return "P" + dict.__repr__(self)


t = Tagged(a=[1])
print(repr(t), str(t), [t])
n = Named([1, Named([2])])
print(repr(n), str(n))
print(Plain(x=Plain()), {"k": Plain(y=1)})
