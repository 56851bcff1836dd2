# itertools functions called with keyword arguments, as in running
# balances with fees (accumulate func=), and other keyword spellings.
import itertools

deposits = [100, -30, 45, -200, 60]
print(list(itertools.accumulate(deposits, func=lambda bal, x: bal + x - 1, initial=0)))
print(list(itertools.accumulate(deposits, func=max)))
print(list(itertools.accumulate(iterable=[1, 2, 3])))
print(list(itertools.combinations(iterable="abc", r=2)))
print(list(itertools.repeat(object="x", times=2)))
print(list(itertools.compress(data="abc", selectors=[1, 0, 1])))
