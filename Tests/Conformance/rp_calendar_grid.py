# Print month grids and compute weekdays with pure arithmetic (no datetime).

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
DAYS = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]


def is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year, month):
    if not 1 <= month <= 12:
        raise ValueError(f"month must be in 1..12, not {month}")
    if month == 2:
        return 29 if is_leap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def weekday(year, month, day):
    """0 = Monday ... 6 = Sunday (Zeller's congruence, shifted)."""
    if month < 3:
        month += 12
        year -= 1
    k, j = year % 100, year // 100
    h = (day + 13 * (month + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7


def month_grid(year, month, first_weekday=0):
    start = (weekday(year, month, 1) - first_weekday) % 7
    cells = [None] * start + list(range(1, days_in_month(year, month) + 1))
    cells += [None] * (-len(cells) % 7)
    return [cells[i:i + 7] for i in range(0, len(cells), 7)]


def render(year, month, first_weekday=0, marks=()):
    title = f"{MONTHS[month - 1]} {year}"
    lines = [title.center(20).rstrip()]
    lines.append(" ".join(DAYS[(first_weekday + i) % 7] for i in range(7)))
    for week in month_grid(year, month, first_weekday):
        cells = []
        for d in week:
            if d is None:
                cells.append("  ")
            elif d in marks:
                cells.append(f"{d:>1}*" if d < 10 else f"{d}*"[:2])
            else:
                cells.append(f"{d:>2}")
        lines.append(" ".join(cells).rstrip())
    return "\n".join(lines)


def day_of_year(year, month, day):
    return sum(days_in_month(year, m) for m in range(1, month)) + day


def nth_weekday(year, month, wd, n):
    """Day of the n-th weekday wd in the month; n = -1 means the last one."""
    days = [d for d in range(1, days_in_month(year, month) + 1) if weekday(year, month, d) == wd]
    return days[n] if n < 0 else days[n - 1]


print(render(2024, 2))
print()
print(render(2023, 10, first_weekday=6, marks={5, 31}))
print()
print(render(2000, 1))
for y, m, d in [(1970, 1, 1), (2000, 2, 29), (2024, 12, 25), (1900, 3, 1), (2038, 1, 19)]:
    print(f"{y:04d}-{m:02d}-{d:02d} is {DAYS[weekday(y, m, d)]}, day {day_of_year(y, m, d):>3} of the year")
print([y for y in range(1896, 1913) if is_leap(y)], is_leap(2000), is_leap(2100))
print("Thanksgiving 2023:", nth_weekday(2023, 11, 3, 4), "| last Monday of May 2024:", nth_weekday(2024, 5, 0, -1))
friday13 = [(y, MONTHS[m - 1][:3]) for y in (2025, 2026) for m in range(1, 13) if weekday(y, m, 13) == 4]
print("Friday the 13ths:", friday13)
for bad in [(2023, 13), (2023, 0)]:
    try:
        days_in_month(*bad)
    except ValueError as e:
        print("ValueError:", e)
totals = {}
for m in range(1, 13):
    for d in range(1, days_in_month(2023, m) + 1):
        totals[DAYS[weekday(2023, m, d)]] = totals.get(DAYS[weekday(2023, m, d)], 0) + 1
print(totals)
