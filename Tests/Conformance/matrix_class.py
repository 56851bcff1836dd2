# A matrix class with operator overloading, iteration and equality.
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __setitem__(self, ij, value):
        i, j = ij
        self.rows[i][j] = value

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Matrix([[a * other for a in r] for r in self.rows])
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    __rmul__ = __mul__

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __iter__(self):
        for r in self.rows:
            yield from r

    def __len__(self):
        return self.n * self.m

    def transpose(self):
        return Matrix(zip(*self.rows))

    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"


a = Matrix([[1, 2], [3, 4]])
i = Matrix.identity(2)
print(a * i == a, a + a, 2 * a, a * a, a.transpose())
a[0, 1] = 7
print(a[0, 1], list(a), len(a), sum(a), max(a))
b = Matrix([[1, 2, 3], [4, 5, 6]])
print(b * b.transpose(), b.transpose() * b)
print(a != i, Matrix([[1]]) == Matrix([[1]]), Matrix.identity(3))
