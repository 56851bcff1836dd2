# Numerical methods with floats printed in fixed formats: Newton's method,
# bisection, Simpson's and trapezoid integration, RK4 for an ODE, Horner,
# and Kahan summation.
import math


def newton(f, df, x, tol=1e-12, max_iter=50):
    for i in range(max_iter):
        fx = f(x)
        d = df(x)
        if d == 0:
            raise ZeroDivisionError("zero derivative at x=%g" % x)
        step = fx / d
        x -= step
        if abs(step) < tol:
            return x, i + 1
    raise RuntimeError("no convergence after %d iterations" % max_iter)


for n in [2.0, 10.0, 1e-6, 12345.678]:
    r, it = newton(lambda x: x * x - n, lambda x: 2 * x, n if n > 1 else 1.0)
    print("sqrt(%g) = %.12f in %d iterations (math: %.12f)" % (n, r, it, math.sqrt(n)))
root, it = newton(lambda x: x ** 3 - 2 * x - 5, lambda x: 3 * x * x - 2, 2.0)
print("x^3-2x-5 root %.15f (%d its)" % (root, it))
try:
    newton(lambda x: x * x + 1, lambda x: 2 * x, 0.0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    newton(lambda x: x * x + 1, lambda x: 2 * x, 0.5, max_iter=10)
except RuntimeError as e:
    print(type(e).__name__, e)


def trapezoid(f, a, b, n):
    h = (b - a) / n
    return h * (f(a) / 2 + sum(f(a + i * h) for i in range(1, n)) + f(b) / 2)


def simpson(f, a, b, n):
    if n % 2:
        raise ValueError("simpson needs an even n, got %d" % n)
    h = (b - a) / n
    s = f(a) + f(b)
    s += 4 * sum(f(a + i * h) for i in range(1, n, 2))
    s += 2 * sum(f(a + i * h) for i in range(2, n, 2))
    return s * h / 3


for n in [4, 16, 64]:
    t = trapezoid(math.sin, 0, math.pi, n)
    s = simpson(math.sin, 0, math.pi, n)
    print("n=%3d trap=%.10f simp=%.10f errs %.2e %.2e" % (n, t, s, abs(t - 2), abs(s - 2)))
print("gauss integral %.8f vs sqrt(pi) %.8f" % (simpson(lambda x: math.exp(-x * x), -6, 6, 60), math.sqrt(math.pi)))
try:
    simpson(math.cos, 0, 1, 5)
except ValueError as e:
    print(type(e).__name__, e)


def rk4(f, t, y, h, steps):
    out = [(t, y)]
    for _ in range(steps):
        k1 = f(t, y)
        k2 = f(t + h / 2, y + h * k1 / 2)
        k3 = f(t + h / 2, y + h * k2 / 2)
        k4 = f(t + h, y + h * k3)
        y += h * (k1 + 2 * k2 + 2 * k3 + k4) / 6
        t += h
        out.append((t, y))
    return out


for t, y in rk4(lambda t, y: y, 0.0, 1.0, 0.25, 8)[::2]:
    print("t=%.2f y=%.8f exact=%.8f" % (t, y, math.exp(t)))


def horner(coeffs, x):
    acc = 0
    for c in coeffs:
        acc = acc * x + c
    return acc


print([horner([2, -6, 2, -1], x) for x in (0, 1, 3, -2)], horner([1, 0, -2], 2 ** 0.5))


def kahan(xs):
    s = c = 0.0
    for x in xs:
        y = x - c
        t = s + y
        c = (t - s) - y
        s = t
    return s


vals = [0.1] * 10 + [1e16, 1.0, -1e16]
print(repr(sum(vals)), repr(kahan(vals)), repr(math.fsum(vals)))
print("%.3e %.3E %g %g %g %10.4f|%-10.2f|%+.1f" % (12345.6789, 0.000123, 1e-5, 123456789.0, 0.5, math.pi, math.e, -0.04))
