# A matrix class with operator overloading: + - * @ ** unary, scalar reflection, equality, determinant, errors.
class Matrix:
    def __init__(self, rows):
        rows = [list(r) for r in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("rows must be non-empty and equal length")
        self.rows = rows
        self.shape = (len(rows), len(rows[0]))

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    def _check_same(self, other, op):
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch for {op}: {self.shape} vs {other.shape}")

    def __add__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        self._check_same(other, "+")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __sub__(self, other):
        return self + (-other) if isinstance(other, Matrix) else NotImplemented

    def __neg__(self):
        return self * -1

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Matrix([[a * k for a in r] for r in self.rows])
        return NotImplemented

    __rmul__ = __mul__

    def __matmul__(self, other):
        if self.shape[1] != other.shape[0]:
            raise ValueError(f"cannot multiply {self.shape} by {other.shape}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __pow__(self, n):
        if self.shape[0] != self.shape[1]:
            raise ValueError("power of non-square matrix")
        result, base = Matrix.identity(self.shape[0]), self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __getitem__(self, idx):
        r, c = idx
        return self.rows[r][c]

    def transpose(self):
        return Matrix(zip(*self.rows))

    def det(self):
        # Bareiss fraction-free elimination keeps everything in integers.
        n = self.shape[0]
        m = [list(r) for r in self.rows]
        sign, prev = 1, 1
        for i in range(n - 1):
            if m[i][i] == 0:
                p = next((r for r in range(i + 1, n) if m[r][i] != 0), None)
                if p is None:
                    return 0
                m[i], m[p] = m[p], m[i]
                sign = -sign
            for r in range(i + 1, n):
                for c in range(i + 1, n):
                    m[r][c] = (m[r][c] * m[i][i] - m[r][i] * m[i][c]) // prev
            prev = m[i][i]
        return sign * m[n - 1][n - 1]

    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"

    def __str__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(f"{str(x):>{w}}" for x in r) + "]" for r in self.rows)


A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A + B, A - B, -A, A * 3, 2 * A, sep="\n")
print(A @ B, B @ A, A @ Matrix.identity(2) == A, A == Matrix([[1, 2], [3, 4]]), A != B)
print(Matrix([[1, 1], [1, 0]]) ** 30)
print(A.transpose(), A[1, 0], A.det(), Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).det())
print(Matrix([[1, 2], [2, 4]]).det(), A * 0.5, Matrix([[0, 2, 1], [3, 0, 0], [1, 1, 5]]).det())
C = Matrix([[1, 2, 3], [4, 5, 6]])
print(C @ C.transpose(), C.transpose().shape)
for label, f in [("add", lambda: A + C), ("matmul", lambda: C @ C), ("pow", lambda: C ** 2),
                 ("ragged", lambda: Matrix([[1], [2, 3]])), ("str+", lambda: A + "x"), ("mul str", lambda: A * "x"),
                 ("rsub", lambda: 1 - A), ("index", lambda: A[2, 0])]:
    try:
        print(label, f())
    except (ValueError, TypeError, IndexError) as e:
        print(label, type(e).__name__ + ":", e)
