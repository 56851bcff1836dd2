# time's calendar functions: gmtime/localtime/mktime round trips, struct_time, strftime/asctime/ctime, strptime, and their argument errors.
import time
t = time.gmtime(1700000000)
print(t, t.tm_year, t[0], len(t), t.tm_zone, t.tm_gmtoff)
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j %%", t), time.asctime(t))
print(time.gmtime(0.9), time.gmtime(-1.5)[:6])
print(time.mktime(time.localtime(1700000000)) == 1700000000)
lt = time.localtime(1700000000)
print(lt.tm_zone == time.tzname[lt.tm_isdst], isinstance(time.timezone, int), time.daylight in (0, 1))
print(time.strptime("2024-03-05 07:08:09", "%Y-%m-%d %H:%M:%S"))
print(time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)))
for bad in (lambda: time.struct_time((1, 2)), lambda: time.gmtime("x"), lambda: time.strftime("%Y", (2020,)),
            lambda: time.strftime("%Y", (2020, 13, 1, 0, 0, 0, 0, 1, 0)), lambda: time.asctime(5), lambda: time.gmtime(float("nan"))):
    try: bad()
    except (TypeError, ValueError, OverflowError) as e: print(type(e).__name__, e)
print(time.strftime("%Y", (2020, 0, 0, 0, 0, 0, 0, 0, 0)), time.ctime(0) == time.asctime(time.localtime(0)))
