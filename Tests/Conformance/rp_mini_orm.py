# A miniature ORM: field descriptors with validation, model metaclass-free registration, queries and dirty tracking.

class ValidationError(ValueError):
    pass


class Field:
    def __init__(self, kind, required=True, default=None, check=None):
        self.kind, self.required, self.default, self.check = kind, required, default, check

    def __set_name__(self, owner, name):
        self.name = name
        self.attr = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.attr, self.default)

    def __set__(self, obj, value):
        if value is None:
            if self.required:
                raise ValidationError(f"{self.name} is required")
        elif not isinstance(value, self.kind):
            raise ValidationError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        elif self.check and not self.check(value):
            raise ValidationError(f"{self.name}={value!r} failed check")
        old = getattr(obj, self.attr, self.default)
        setattr(obj, self.attr, value)
        if old != value and getattr(obj, "_loaded", False):
            obj._dirty.add(self.name)


class Model:
    registry = {}

    def __init_subclass__(cls, table=None, **kw):
        super().__init_subclass__(**kw)
        cls.table = table or cls.__name__.lower() + "s"
        cls.fields = [k for k, v in vars(cls).items() if isinstance(v, Field)]
        cls.rows = {}
        cls.next_id = 1
        Model.registry[cls.table] = cls

    def __init__(self, **values):
        self._loaded = False
        self._dirty = set()
        unknown = set(values) - set(self.fields)
        if unknown:
            raise TypeError(f"{type(self).__name__} has no field(s) {sorted(unknown)}")
        for name in self.fields:
            setattr(self, name, values.get(name, getattr(type(self), name).default))
        self.id = None

    def save(self):
        if self.id is None:
            self.id = type(self).next_id
            type(self).next_id += 1
            action = "INSERT"
        else:
            action = f"UPDATE {sorted(self._dirty)}" if self._dirty else "NOOP"
        type(self).rows[self.id] = {f: getattr(self, f) for f in self.fields}
        self._loaded, self._dirty = True, set()
        return f"{action} {self.table}#{self.id}"

    @classmethod
    def get(cls, id):
        row = cls.rows.get(id)
        if row is None:
            raise LookupError(f"{cls.table}#{id} does not exist")
        obj = cls(**row)
        obj.id, obj._loaded = id, True
        return obj

    @classmethod
    def where(cls, **conds):
        def ok(row):
            for key, want in conds.items():
                name, _, op = key.partition("__")
                have = row[name]
                tests = {"": lambda: have == want, "gt": lambda: have is not None and have > want,
                         "lt": lambda: have is not None and have < want, "in": lambda: have in want}
                if not tests[op]():
                    return False
            return True
        return [cls.get(i) for i, row in sorted(cls.rows.items()) if ok(row)]

    def __repr__(self):
        vals = ", ".join(f"{f}={getattr(self, f)!r}" for f in self.fields)
        return f"<{type(self).__name__}#{self.id} {vals}>"


class User(Model):
    name = Field(str, check=lambda s: 0 < len(s) <= 12)
    age = Field(int, check=lambda n: 0 <= n < 150)
    email = Field(str, required=False, check=lambda s: "@" in s)


class Post(Model, table="articles"):
    title = Field(str)
    author = Field(int)
    likes = Field(int, default=0)


print(sorted(Model.registry), User.fields, Post.fields, Post.table)
print(User.name.__class__.__name__, User.name.attr)
for kw in [dict(name="ann", age=31, email="ann@x.org"), dict(name="bob", age=17), dict(name="", age=3),
           dict(name="cy", age="old"), dict(name="dee", age=200), dict(name="eve", age=40, email="nope"),
           dict(name="fay", age=22, phone="123"), dict(age=5), dict(name="gus", age=65)]:
    try:
        u = User(**kw)
        print(u.save(), u)
    except (ValidationError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")
u = User.get(2)
print(u.save())
u.age = 18
u.email = "bob@y.io"
print(u._dirty == {"age", "email"}, u.save(), User.get(2))
for title, author in [("Hello", 1), ("Ideas", 1), ("Notes", 3)]:
    print(Post(title=title, author=author).save())
p = Post.get(2)
p.likes += 5
print(p.save(), Post.where(likes__gt=0), Post.where(author=1))
print(User.where(age__lt=30), [x.name for x in User.where(name__in=("ann", "gus", "zed"))])
try:
    User.get(99)
except LookupError as e:
    print("LookupError:", e)
