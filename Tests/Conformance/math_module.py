# The math module: values, rounding to ints, domain and range errors.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.isnan(math.nan))
print(math.sqrt(2), math.exp(1), math.log(100, 10), math.log2(1024), math.log10(0.001), math.log(math.e))
print(math.floor(3.7), math.ceil(3.2), math.trunc(-3.7), math.floor(-0.5), math.ceil(-0.5), type(math.floor(2.0)).__name__)
print(math.sin(0), math.cos(0), round(math.tan(math.pi / 4), 12), math.atan2(1, 1), math.hypot(3, 4), math.degrees(math.pi))
print(math.fabs(-3), math.copysign(2, -0.0), math.fmod(7, 3), math.fmod(-7, 3), math.modf(2.75), math.modf(-2.75))
print(math.factorial(25), math.gcd(48, 180, 12), math.lcm(4, 6, 10), math.isqrt(10 ** 20 + 1), math.comb(52, 5), math.perm(10, 3))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-12, abs_tol=1e-9), math.dist((0, 0), (3, 4)))
print(math.isfinite(1e308), math.isinf(1e308 * 10), math.pow(2, 0.5), math.pow(2, 10), math.log(2 ** 1000))
CHECKS = {
    "math.sqrt(-1)": lambda: math.sqrt(-1),
    "math.log(0)": lambda: math.log(0),
    "math.log(-5)": lambda: math.log(-5),
    "math.acos(2)": lambda: math.acos(2),
    "math.exp(1000)": lambda: math.exp(1000),
    "math.pow(0, -1)": lambda: math.pow(0, -1),
    "math.factorial(-1)": lambda: math.factorial(-1),
    "math.factorial(2.5)": lambda: math.factorial(2.5),
    "math.floor(math.inf)": lambda: math.floor(math.inf),
    "math.floor(math.nan)": lambda: math.floor(math.nan),
    "math.fmod(1, 0)": lambda: math.fmod(1, 0),
    "math.sqrt('x')": lambda: math.sqrt('x'),
    "math.gcd(1.5, 2)": lambda: math.gcd(1.5, 2),
}
for expr in ["math.sqrt(-1)", "math.log(0)", "math.log(-5)", "math.acos(2)", "math.exp(1000)", "math.pow(0, -1)",
             "math.factorial(-1)", "math.factorial(2.5)", "math.floor(math.inf)", "math.floor(math.nan)", "math.fmod(1, 0)",
             "math.sqrt('x')", "math.gcd(1.5, 2)"]:
    try:
        print(expr, CHECKS[expr]())
    except Exception as e:
        print(type(e).__name__, e)
