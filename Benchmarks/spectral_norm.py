# spectral-norm: largest singular value of A(i,j)=1/((i+j)(i+j+1)/2+i+1) by the power method.
# ci-size: 60
import sys


def a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def mul_av(v, n):
    return [sum(a(i, j) * v[j] for j in range(n)) for i in range(n)]


def mul_atv(v, n):
    return [sum(a(j, i) * v[j] for j in range(n)) for i in range(n)]


def mul_atav(v, n):
    # A is not symmetric, so iterate on A^T A, whose top eigenvalue is the squared norm.
    return mul_atv(mul_av(v, n), n)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 400
    u = [1.0] * n
    for _ in range(10):
        v = mul_atav(u, n)
        u = mul_atav(v, n)
    vbv = sum(x * y for x, y in zip(u, v))
    vv = sum(x * x for x in v)
    print("%.9f" % (vbv / vv) ** 0.5)


if __name__ == "__main__":
    main()
