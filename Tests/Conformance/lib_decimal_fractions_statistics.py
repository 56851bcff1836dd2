# decimal (the host library's _pydecimal over _contextvars), fractions and statistics.
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, InvalidOperation
print(Decimal("1.1") + Decimal("2.2"), Decimal(1) / Decimal(7), Decimal("3.14159").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
getcontext().prec = 50
print(Decimal(2).sqrt())
with localcontext() as c:
    c.prec = 5
    print(Decimal(1) / Decimal(3))
print(Decimal("1e10").to_eng_string(), Decimal(0.1), repr(Decimal("-0")), Decimal("NaN").is_nan())
try: Decimal("x")
except InvalidOperation as e: print(type(e).__name__)
from fractions import Fraction
print(Fraction(3, 4) + Fraction(1, 4), Fraction("0.125"), Fraction(1.5), Fraction(1, 3) ** 2, Fraction(7, 3).limit_denominator(2))
import statistics
print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2]), statistics.stdev([1, 2, 3, 4]), statistics.mode([1, 1, 2]))
print(statistics.variance([1.5, 2.5, 3.5]), statistics.fmean([1, 2]), statistics.harmonic_mean([1, 2, 4]))
