# Calendar arithmetic by hand (no datetime): leap years, day of week
# (Zeller and Sakamoto), day-of-year, days between dates via ordinal,
# adding days, and printing a month calendar.

MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def days_in_month(y, m):
    if not 1 <= m <= 12:
        raise ValueError("month must be in 1..12, got %d" % m)
    return 29 if m == 2 and is_leap(y) else MONTH_DAYS[m - 1]


def validate(y, m, d):
    if not 1 <= d <= days_in_month(y, m):
        raise ValueError("day is out of range for month: %04d-%02d-%02d" % (y, m, d))


def zeller(y, m, d):
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7


def sakamoto(y, m, d):
    t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
    if m < 3:
        y -= 1
    return (y + y // 4 - y // 100 + y // 400 + t[m - 1] + d + 6) % 7


def ordinal(y, m, d):
    validate(y, m, d)
    y1 = y - 1
    days = y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400
    days += sum(days_in_month(y, k) for k in range(1, m))
    return days + d


def from_ordinal(n):
    y = max(1, n * 400 // 146097)
    while ordinal(y + 1, 1, 1) <= n:
        y += 1
    while ordinal(y, 1, 1) > n:
        y -= 1
    rem = n - ordinal(y, 1, 1) + 1
    m = 1
    while rem > days_in_month(y, m):
        rem -= days_in_month(y, m)
        m += 1
    return y, m, rem


print([y for y in (1900, 2000, 2004, 2023, 2024, 2100, 2400) if is_leap(y)])
for date in [(2000, 1, 1), (1969, 7, 20), (2024, 2, 29), (1776, 7, 4), (2038, 1, 19), (1, 1, 1)]:
    print("%04d-%02d-%02d" % date, NAMES[zeller(*date)], NAMES[sakamoto(*date)], "ordinal", ordinal(*date),
          "doy", ordinal(*date) - ordinal(date[0], 1, 1) + 1)
print("days 1969-07-20 .. 2000-01-01:", ordinal(2000, 1, 1) - ordinal(1969, 7, 20))
for start, delta in [((2023, 12, 25), 10), ((2024, 2, 28), 1), ((2023, 2, 28), 1), ((2000, 1, 1), 10000), ((2024, 3, 1), -1)]:
    print(start, "+", delta, "=", from_ordinal(ordinal(*start) + delta))
for bad in [(2023, 2, 29), (2024, 13, 1), (2024, 4, 31)]:
    try:
        ordinal(*bad)
    except ValueError as e:
        print(type(e).__name__, e)


def month_calendar(y, m):
    lines = ["%s %d" % (["January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December"][m - 1], y)]
    lines[0] = lines[0].center(20).rstrip()
    lines.append("Mo Tu We Th Fr Sa Su")
    first = sakamoto(y, m, 1)
    cells = ["  "] * first + ["%2d" % d for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return "\n".join(lines)


print(month_calendar(2024, 2))
print(month_calendar(2023, 10))
fridays = [(y, m) for y in (2023, 2024) for m in range(1, 13) if sakamoto(y, m, 13) == 4]
print("Friday the 13ths:", fridays)
