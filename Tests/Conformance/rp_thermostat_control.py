# A thermostat controller written as generator coroutines: sensor smoothing, hysteresis, schedules and alarms.

class SensorFault(Exception):
    pass


def coroutine(fn):
    def start(*args, **kw):
        gen = fn(*args, **kw)
        next(gen)
        return gen
    start.__name__ = fn.__name__
    return start


@coroutine
def smoother(window):
    """Receives raw readings, yields the moving average (or None while warming up)."""
    buf = []
    avg = None
    while True:
        try:
            x = yield avg
        except SensorFault as e:
            buf.clear()
            avg = None
            print(f"      smoother reset ({e})")
            continue
        if x is None:
            continue
        buf.append(x)
        if len(buf) > window:
            buf.pop(0)
        avg = round(sum(buf) / len(buf), 2) if len(buf) == window else None


@coroutine
def controller(band):
    """Receives (temp, target) pairs, yields 'heat', 'cool' or 'idle' with hysteresis."""
    mode = "idle"
    switches = 0
    try:
        while True:
            temp, target = yield mode
            if temp is None:
                continue
            new = mode
            if temp < target - band:
                new = "heat"
            elif temp > target + band:
                new = "cool"
            elif (mode == "heat" and temp >= target) or (mode == "cool" and temp <= target):
                new = "idle"
            if new != mode:
                switches += 1
                mode = new
    finally:
        print(f"      controller stopped after {switches} switches")


def schedule(hour):
    for start, end, target in [(0, 6, 17.0), (6, 9, 21.0), (9, 17, 18.0), (17, 23, 21.5)]:
        if start <= hour < end:
            return target
    return 17.0


RAW = [16.0, 16.2, 16.1, None, 16.8, 18.5, 20.4, 21.9, 22.6, "ERR", 23.4, 21.0, 19.5, 18.2, 17.9,
       18.8, 20.1, 21.7, 22.9, 23.1, 22.0, 21.2, 20.0, 18.0]

smooth = smoother(3)
ctrl = controller(0.5)
log = []
alarms = []
for hour, raw in enumerate(RAW):
    target = schedule(hour)
    if raw == "ERR":
        smooth.throw(SensorFault(f"bad frame at {hour:02d}:00"))
        avg = None
    else:
        avg = smooth.send(raw)
    mode = ctrl.send((avg, target))
    if avg is not None and abs(avg - target) > 3:
        alarms.append((hour, avg, target))
    log.append((hour, mode))
    shown = "  -- " if avg is None else f"{avg:5.2f}"
    rawtxt = "  -- " if raw is None or raw == "ERR" else f"{raw:5.1f}"
    print(f"{hour:02d}:00 raw={rawtxt} avg={shown} target={target:4.1f} -> {mode}")
ctrl.close()
smooth.close()
print("alarms:", alarms)
runs = []
for hour, mode in log:
    if runs and runs[-1][0] == mode:
        runs[-1][2] = hour
    else:
        runs.append([mode, hour, hour])
print(" | ".join(f"{m} {a:02d}-{b:02d}" for m, a, b in runs))
totals = {}
for _, mode in log:
    totals[mode] = totals.get(mode, 0) + 1
print(sorted(totals.items()), smoother.__name__)
try:
    ctrl.send((20.0, 20.0))
except StopIteration:
    print("controller is closed")
