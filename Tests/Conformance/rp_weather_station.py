# Weather station readings: parsing, daily summaries, extremes, streaks and a text chart.

RAW = """\
2024-07-01 06:00 18.4 72 0.0
2024-07-01 12:00 27.9 48 0.0
2024-07-01 18:00 25.1 55 1.2
2024-07-02 06:00 16.2 88 4.5
2024-07-02 12:00 19.8 80 7.0
2024-07-02 18:00 17.5 91 2.3
2024-07-03 06:00 15.0 70 0.0
2024-07-03 12:00 24.6 41 0.0
2024-07-03 18:00 23.3 45 0.0
2024-07-04 06:00 19.9 60 0.0
2024-07-04 12:00 31.2 35 0.0
2024-07-04 18:00 29.4 38 0.0
2024-07-05 06:00 20.1 65 0.0
2024-07-05 12:00 err 60 0.0
2024-07-05 18:00 26.0 58 0.4
"""


class Reading:
    def __init__(self, day, time, temp, humidity, rain):
        self.day, self.time, self.temp, self.humidity, self.rain = day, time, temp, humidity, rain

    def __repr__(self):
        return f"{self.day[5:]} {self.time} {self.temp:.1f}C"


def parse(text):
    good, bad = [], []
    for n, line in enumerate(text.splitlines(), 1):
        day, time, temp, hum, rain = line.split()
        try:
            good.append(Reading(day, time, float(temp), int(hum), float(rain)))
        except ValueError as e:
            bad.append((n, str(e)))
    return good, bad


def mean(xs):
    xs = list(xs)
    return sum(xs) / len(xs) if xs else float("nan")


def heat_index(temp, humidity):
    # a crude "feels like" adjustment
    return temp + (humidity - 40) * 0.05 if temp > 20 else temp


readings, errors = parse(RAW)
print(len(readings), "readings;", "errors:", errors)
days = {}
for r in readings:
    days.setdefault(r.day, []).append(r)

print(f"{'day':<6}{'min':>6}{'max':>6}{'mean':>7}{'rain':>6}{'feels':>7}")
for day, rs in days.items():
    temps = [r.temp for r in rs]
    feels = max(heat_index(r.temp, r.humidity) for r in rs)
    print(f"{day[5:]:<6}{min(temps):>6.1f}{max(temps):>6.1f}{mean(temps):>7.2f}"
          f"{sum((r.rain for r in rs), start=0.0):>6.1f}{feels:>7.1f}")

hottest = max(days, key=lambda d: round(mean(r.temp for r in days[d]), 1))
wettest = max(days, key=lambda d: sum(r.rain for r in days[d]))
print("hottest day:", hottest, "wettest day:", wettest)
peaks = sorted((round(r.temp) for r in readings if r.time == "12:00"), reverse=True)
print("noon temps, rounded, high to low:", peaks)
top3 = sorted(readings, key=lambda r: r.temp, reverse=True)[:3]
print("top readings:", top3)
by_time = {t: round(mean(r.temp for r in readings if r.time == t), 2) for t in ("06:00", "12:00", "18:00")}
print("average by time of day:", by_time)

streak = best = 0
best_end = None
for day, rs in days.items():
    if all(r.rain == 0 for r in rs):
        streak += 1
        if streak > best:
            best, best_end = streak, day
    else:
        streak = 0
print(f"longest dry streak: {best} day(s) ending {best_end}")

lo = min(r.temp for r in readings)
for r in readings:
    bar = "#" * int(round((r.temp - lo) * 2))
    print(f"{r!r:<20} |{bar}")
daily_ranges = {d[5:]: round(max(r.temp for r in rs) - min(r.temp for r in rs), 1) for d, rs in days.items()}
print("daily range:", daily_ranges, "widest:", max(daily_ranges, key=lambda d: daily_ranges[d]))
