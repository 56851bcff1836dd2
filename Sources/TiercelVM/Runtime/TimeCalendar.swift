#if canImport(Glibc)
import Glibc
#endif

/// time's calendar half: struct_time, gmtime/localtime/mktime, strftime,
/// asctime/ctime and the zone constants. The C library does the calendar
/// arithmetic and formatting (localtime_r, timegm, mktime, strftime); the
/// struct sequence and argument rules are Python, below.
enum TimeCalendar {
    static func install(_ rt: Runtime, _ d: UnsafeMutableRawPointer) throws {
        // _broken_down(seconds, local): the 11 struct_time values.
        try NativeModules.function(rt, d, "_broken_down") { rt, args in
            var t = time_t(0)
            let seconds = args[0]
            if seconds.isDouble {
                let s = seconds.asDouble.rounded(.down)
                guard s.isFinite, s >= -9.2e18, s <= 9.2e18 else {
                    throw PythonError(seconds.asDouble.isNaN ? "ValueError" : "OverflowError",
                                      seconds.asDouble.isNaN ? "Invalid value NaN (not a number)" : "timestamp out of range for platform time_t")
                }
                t = time_t(s)
            } else {
                guard let n = rt.ints.int64(try rt.requireIndex(seconds)) else {
                    throw PythonError("OverflowError", "timestamp out of range for platform time_t")
                }
                t = time_t(n)
            }
            var parts = tm()
            let ok = try rt.truth(args[1]) ? localtime_r(&t, &parts) : gmtime_r(&t, &parts)
            guard ok != nil else { throw PythonError("OverflowError", "timestamp out of range for platform time_t") }
            return try values(rt, parts)
        }
        // _mktime(9 ints): seconds since the epoch for local time.
        try NativeModules.function(rt, d, "_mktime") { rt, args in
            var parts = try brokenDown(rt, args[0])
            parts.tm_wday = -1
            let t = mktime(&parts)
            if t == -1 && parts.tm_wday == -1 { throw PythonError("OverflowError", "mktime argument out of range") }
            return Value(double: Double(t))
        }
        // _strftime(format, 9 ints, zone, gmtoff)
        try NativeModules.function(rt, d, "_strftime") { rt, args in
            let format = rt.swiftString(args[0])
            if format.utf8.contains(0) { throw PythonError("ValueError", "embedded null character") }
            var parts = try brokenDown(rt, args[1])
            let zone = StrObject.isStr(args[2]) ? strdup(rt.swiftString(args[2])) : nil
            defer { free(zone) }
            parts.tm_zone = UnsafePointer(zone)
            parts.tm_gmtoff = args[3].isSmallInt ? Int(args[3].asSmallInt) : 0
            // strftime returns 0 both for "too small" and for an empty result: grow a few times.
            var size = 1024
            while size <= 1 << 20 {
                var buffer = [CChar](repeating: 0, count: size)
                let n = strftime(&buffer, size, format, &parts)
                if n > 0 || format.isEmpty || size >= 1 << 16 {
                    return try rt.makeStr(String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self))
                }
                size *= 4
            }
            return try rt.makeStr("")
        }
    }

    private static func values(_ rt: Runtime, _ p: tm) throws -> Value {
        func int(_ v: Int32) -> Value { Value(uncheckedSmallInt: Int64(v)) }
        return try rt.withTemporaryRoots(1) { roots in
            if let zone = p.tm_zone { roots[0] = try rt.makeStr(String(cString: zone)) } else { roots[0] = .none }
            return try rt.tuple([int(p.tm_year + 1900), int(p.tm_mon + 1), int(p.tm_mday), int(p.tm_hour), int(p.tm_min),
                                 int(p.tm_sec), int((p.tm_wday + 6) % 7), int(p.tm_yday + 1), int(p.tm_isdst),
                                 roots[0], Value(uncheckedSmallInt: Int64(p.tm_gmtoff))])
        }
    }

    /// A struct tm from the 9 checked ints of a time tuple.
    private static func brokenDown(_ rt: Runtime, _ tuple: Value) throws -> tm {
        let items = TupleObject.items(tuple.asObject)
        func int(_ i: Int) throws -> Int32 {
            guard let n = rt.ints.int64(try rt.requireIndex(items[i])), let m = Int32(exactly: n) else {
                throw PythonError("OverflowError", "Python int too large to convert to C int")
            }
            return m
        }
        var p = tm()
        p.tm_year = try int(0) - 1900
        p.tm_mon = try int(1) - 1
        p.tm_mday = try int(2)
        p.tm_hour = try int(3)
        p.tm_min = try int(4)
        p.tm_sec = try int(5)
        p.tm_wday = (try int(6) + 1) % 7
        p.tm_yday = try int(7) - 1
        p.tm_isdst = try int(8)
        return p
    }

    static let python = """
    class struct_time(tuple):
        n_sequence_fields = 9
        n_fields = 11
        n_unnamed_fields = 0
        _names = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst')

        def __new__(cls, sequence, dict=None):
            values = tuple(sequence)
            if not 9 <= len(values) <= 11:
                qualifier = "at least" if len(values) < 9 else "at most"
                count = 9 if len(values) < 9 else 11
                raise TypeError(f"time.struct_time() takes an {qualifier} {count}-sequence ({len(values)}-sequence given)")
            self = tuple.__new__(cls, values[:9])
            extra = values[9:] + (None,) * (11 - len(values))
            self.__dict__['tm_zone'], self.__dict__['tm_gmtoff'] = extra
            return self

        def __repr__(self):
            return 'time.struct_time(' + ', '.join(f'{n}={v!r}' for n, v in zip(self._names, self)) + ')'

        def __reduce__(self):
            return (struct_time, (tuple(self), {'tm_zone': self.tm_zone, 'tm_gmtoff': self.tm_gmtoff}))

    for _i, _n in enumerate(struct_time._names):
        setattr(struct_time, _n, property(lambda self, _i=_i: self[_i]))
    struct_time.__module__ = 'time'
    del _i, _n

    def _seconds(secs):
        return time() if secs is None else secs

    def gmtime(secs=None, /):
        return struct_time(_broken_down(_seconds(secs), False))

    def localtime(secs=None, /):
        return struct_time(_broken_down(_seconds(secs), True))

    _MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)

    def _time_tuple(t, function):
        if isinstance(t, struct_time):
            zone, offset = t.tm_zone, t.tm_gmtoff
        else:
            if not isinstance(t, tuple):
                raise TypeError(f"Tuple or struct_time argument required")
            if len(t) != 9:
                raise TypeError(f"{function}(): illegal time tuple argument")
            zone = offset = None
        for v in t[:9]:
            if not isinstance(v, int):
                raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
        return tuple(t[:9]), zone, offset

    def _checked(values, function):
        year, mon, mday, hour, minute, sec, wday, yday, isdst = values
        # CPython's checktm: a zero month, day or year-day means the first.
        mon = 1 if mon == 0 else mon
        mday = 1 if mday == 0 else mday
        yday = 1 if yday == 0 else yday
        if not 1 <= mon <= 12:
            raise ValueError("month out of range")
        if not 1 <= mday <= 31:
            raise ValueError("day of month out of range")
        if not 0 <= hour <= 23:
            raise ValueError("hour out of range")
        if not 0 <= minute <= 59:
            raise ValueError("minute out of range")
        if not 0 <= sec <= 61:
            raise ValueError("seconds out of range")
        if wday < 0:
            raise ValueError("day of week out of range")
        if not 1 <= yday <= 366:
            raise ValueError("day of year out of range")
        return (year, mon, mday, hour, minute, sec, wday % 7, yday, max(-1, min(isdst, 1)))

    def mktime(t, /):
        values, _, _ = _time_tuple(t, "mktime")
        return _mktime(values)

    def strftime(format, t=None, /):
        if not isinstance(format, str):
            raise TypeError(f"strftime() argument 1 must be str, not {type(format).__name__}")
        if t is None:
            t = localtime()
        values, zone, offset = _time_tuple(t, "strftime")
        return _strftime(format, _checked(values, "strftime"), zone, offset)

    _DAY_NAMES = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
    _MONTH_NAMES = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')

    def asctime(t=None, /):
        if t is None:
            t = localtime()
        values, _, _ = _time_tuple(t, "asctime")
        year, mon, mday, hour, minute, sec, wday, _, _ = _checked(values, "asctime")
        return "%s %s%3d %.2d:%.2d:%.2d %d" % (_DAY_NAMES[wday], _MONTH_NAMES[mon - 1], mday, hour, minute, sec, year)

    def ctime(secs=None, /):
        return asctime(localtime(secs))

    def strptime(string, format="%a %b %d %H:%M:%S %Y", /):
        import _strptime
        return _strptime._strptime_time(string, format)

    def _zone_constants():
        # As CPython's init_timezone: the offsets of January and July this year.
        year = gmtime()[0]
        january = localtime(_mktime((year, 1, 1, 0, 0, 0, 0, 1, -1)))
        july = localtime(_mktime((year, 7, 1, 0, 0, 0, 0, 182, -1)))
        jan_offset, jul_offset = -january.tm_gmtoff, -july.tm_gmtoff
        if jan_offset < jul_offset:
            # Southern hemisphere: daylight time in January.
            return jul_offset, jan_offset, int(jan_offset != jul_offset), (july.tm_zone, january.tm_zone)
        return jan_offset, jul_offset, int(jan_offset != jul_offset), (january.tm_zone, july.tm_zone)

    _STRUCT_TM_ITEMS = 11
    timezone, altzone, daylight, tzname = _zone_constants()
    """
}
