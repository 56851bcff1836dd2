# Matrix and vector math with floats: Gaussian elimination with partial
# pivoting, determinant, inverse, matrix power, dot/cross/norm, projection.
import math


def fmt_matrix(m, width=9, prec=4):
    return "\n".join("  [" + " ".join("%*.*f" % (width, prec, v) for v in row) + " ]" for row in m)


def matmul(a, b):
    if len(a[0]) != len(b):
        raise ValueError("shape mismatch: %dx%d @ %dx%d" % (len(a), len(a[0]), len(b), len(b[0])))
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]


def identity(n):
    return [[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)]


def solve(a, b):
    n = len(a)
    m = [list(map(float, row)) + [float(v)] for row, v in zip(a, b)]
    det = 1.0
    for col in range(n):
        piv = max(range(col, n), key=lambda r: abs(m[r][col]))
        if abs(m[piv][col]) < 1e-12:
            raise ZeroDivisionError("matrix is singular")
        if piv != col:
            m[col], m[piv] = m[piv], m[col]
            det = -det
        det *= m[col][col]
        for r in range(col + 1, n):
            f = m[r][col] / m[col][col]
            for c in range(col, n + 1):
                m[r][c] -= f * m[col][c]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][c] * x[c] for c in range(r + 1, n))) / m[r][r]
    return x, det


def inverse(a):
    n = len(a)
    cols = [solve(a, [1.0 if i == j else 0.0 for i in range(n)])[0] for j in range(n)]
    return [list(r) for r in zip(*cols)]


A = [[2, 1, -1], [-3, -1, 2], [-2, 1, 2]]
x, det = solve(A, [8, -11, -3])
print("x =", ["%.6f" % v for v in x], "det = %.6f" % det)
Ainv = inverse(A)
print(fmt_matrix(Ainv))
print(fmt_matrix(matmul(A, Ainv)))
H = [[1.0 / (i + j + 1) for j in range(4)] for i in range(4)]
print("hilbert det %.6e" % solve(H, [1, 1, 1, 1])[1])
print(fmt_matrix(inverse(H), 10, 2))
try:
    solve([[1, 2], [2, 4]], [3, 6])
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    matmul([[1, 2]], [[1, 2]])
except ValueError as e:
    print(type(e).__name__, e)
R = [[math.cos(math.pi / 6), -math.sin(math.pi / 6)], [math.sin(math.pi / 6), math.cos(math.pi / 6)]]
P = identity(2)
for _ in range(12):
    P = matmul(P, R)
print(fmt_matrix(P, 8, 5).replace("-0.00000", " 0.00000"))


def dot(u, v):
    return sum(a * b for a, b in zip(u, v))


def cross(u, v):
    return [u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]]


def norm(u):
    return math.sqrt(dot(u, u))


u, v = [1.0, 2.0, 3.0], [4.0, -5.0, 6.0]
print(dot(u, v), cross(u, v), "%.6f %.6f" % (norm(u), math.hypot(v[0], math.hypot(v[1], v[2]))))
cosang = dot(u, v) / (norm(u) * norm(v))
print("angle %.4f deg" % math.degrees(math.acos(cosang)))
proj = [dot(u, v) / dot(v, v) * c for c in v]
print("proj", ["%.4f" % c for c in proj], "unit", ["%.4f" % (c / norm(u)) for c in u])
print(math.dist(u, v), math.fsum([0.1] * 10), sum([0.1] * 10), math.isclose(sum([0.1] * 10), 1.0))
