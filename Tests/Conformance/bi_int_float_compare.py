# Exact comparison between big ints and floats (no rounding of the int to float first).
print(10**30 < 1e30, 10**30 == 1e30, 10**30 > 1e30, 10**30 <= 1e30, 10**30 != 1e30)
print(2**53 + 1 > 2.0**53, 2**53 + 1 == 2.0**53, 2**53 + 1 == 2**53 + 1.0, 2.0**53 < 2**53 + 1)
print(-(2**53 + 1) < -(2.0**53), 2**63 == 2.0**63, 2**63 + 1 > 2.0**63, int(1e30) == 1e30)
print(max(10**30, 1e30), min(10**30, 1e30), sorted([1e30, 10**30, 10**30 + 1]))
print(10**400 > 1e308, 10**400 < float("inf"), -(10**400) > float("-inf"), 10**400 == float("inf"))
print(1 < float("nan"), 1 > float("nan"), 10**400 != float("nan"), 3 == 3.0, 3 < 3.5, 4 > 3.5)
print((2**53 + 1) in {2.0**53}, (2**53 + 1) in [2.0**53], 2**53 in [2.0**53])
