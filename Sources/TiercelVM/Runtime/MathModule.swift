#if canImport(Glibc)
import Glibc
#endif

/// math: CPython's functions and error conventions (ValueError "math domain
/// error", OverflowError "math range error"; floor/ceil/trunc give ints).
enum MathModule {
    static func make(_ rt: Runtime) throws -> Value {
        try NativeModules.module(rt, "math") { rt, d in
            for (name, v) in [("pi", Double.pi), ("e", M_E), ("tau", 2 * Double.pi), ("inf", Double.infinity), ("nan", Double.nan)] {
                try NativeModules.value(rt, d, name, Value(double: v))
            }
            func real(_ rt: Runtime, _ v: Value) throws -> Double {
                if v.isDouble { return v.asDouble }
                if v.isBool { return v == .true ? 1 : 0 }
                if IntArithmetic.isInt(v) { return try intResult { try rt.ints.toDouble(v) } }
                if let m = try rt.userMethod(v, "__float__") {
                    let r = try rt.callSpecial(m, v, [])
                    if r.isDouble { return r.asDouble }
                }
                if ImmutableSubclass.isBoxed(v) { return try real(rt, ImmutableSubclass.unboxed(v)) }
                if let i = try rt.indexValue(v) { return try intResult { try rt.ints.toDouble(i) } }
                throw PythonError("TypeError", "must be real number, not \(rt.typeName(v))")
            }
            func unary(_ name: String, _ f: @escaping (Double) -> Double, domain: @escaping (Double) -> Bool = { _ in true }) throws {
                try NativeModules.function(rt, d, name) { rt, args in
                    guard args.count == 1 else { throw PythonError("TypeError", "math.\(name)() takes exactly one argument (\(args.count) given)") }
                    let x = try real(rt, args[0])
                    if !x.isNaN && !domain(x) { throw PythonError("ValueError", "math domain error") }
                    let r = f(x)
                    if r.isNaN && !x.isNaN { throw PythonError("ValueError", "math domain error") }
                    if r.isInfinite && x.isFinite { throw PythonError("OverflowError", "math range error") }
                    return Value(double: r)
                }
            }
            try unary("sqrt", { $0.squareRoot() }, domain: { $0 >= 0 })
            try unary("exp", { Glibc.exp($0) })
            try unary("log2", { Glibc.log2($0) }, domain: { $0 > 0 })
            try unary("log10", { Glibc.log10($0) }, domain: { $0 > 0 })
            try unary("log1p", { Glibc.log1p($0) }, domain: { $0 > -1 })
            try unary("sin", { Glibc.sin($0) }, domain: { $0.isFinite })
            try unary("cos", { Glibc.cos($0) }, domain: { $0.isFinite })
            try unary("tan", { Glibc.tan($0) }, domain: { $0.isFinite })
            try unary("asin", { Glibc.asin($0) }, domain: { $0 >= -1 && $0 <= 1 })
            try unary("acos", { Glibc.acos($0) }, domain: { $0 >= -1 && $0 <= 1 })
            try unary("atan", { Glibc.atan($0) })
            try unary("sinh", { Glibc.sinh($0) })
            try unary("cosh", { Glibc.cosh($0) })
            try unary("tanh", { Glibc.tanh($0) })
            try unary("fabs", { Swift.abs($0) })
            try unary("degrees", { $0 * 180 / Double.pi })
            try unary("radians", { $0 * Double.pi / 180 })
            try unary("expm1", { Glibc.expm1($0) })
            try unary("gamma", { Glibc.tgamma($0) }, domain: { !($0 <= 0 && $0 == $0.rounded()) && $0 != -.infinity })
            try unary("lgamma", { Glibc.lgamma($0) }, domain: { !($0 <= 0 && $0 == $0.rounded()) })
            try unary("exp2", { Glibc.exp2($0) })
            try unary("cbrt", { Glibc.cbrt($0) })
            try unary("asinh", { Glibc.asinh($0) })
            try unary("acosh", { Glibc.acosh($0) }, domain: { $0 >= 1 })
            try unary("atanh", { Glibc.atanh($0) }, domain: { $0 > -1 && $0 < 1 })
            try unary("ulp", { x in
                if x.isNaN || x.isInfinite { return Swift.abs(x) }
                let a = Swift.abs(x)
                return a == .greatestFiniteMagnitude ? a - a.nextDown : a.nextUp - a
            })
            try unary("erf", { Glibc.erf($0) })
            try unary("erfc", { Glibc.erfc($0) })
            try NativeModules.function(rt, d, "log") { rt, args in
                guard args.count == 1 || args.count == 2 else { throw PythonError("TypeError", "log expected 1 or 2 arguments, got \(args.count)") }
                func ln(_ v: Value) throws -> Double {
                    if IntArithmetic.isBigInt(v) {
                        if rt.ints.sign(v) <= 0 { throw PythonError("ValueError", "math domain error") }
                        // Big ints may not fit a double: log of the decimal digits.
                        let digits = rt.ints.toString(v)
                        let head = Double("0." + digits.prefix(17))!
                        return Glibc.log(head) + Double(digits.count) * Glibc.log(10.0)
                    }
                    let x = try real(rt, v)
                    if x <= 0 { throw PythonError("ValueError", "math domain error") }
                    return Glibc.log(x)
                }
                let num = try ln(args[0])
                if args.count == 2 {
                    let den = try ln(args[1])
                    if den == 0 { throw PythonError("ZeroDivisionError", "float division by zero") }
                    return Value(double: num / den)
                }
                return Value(double: num)
            }
            for (name, rule) in [("floor", FloatingPointRoundingRule.down), ("ceil", .up), ("trunc", .towardZero)] {
                try NativeModules.function(rt, d, name) { rt, args in
                    try Builtins.exactly(1, name, args)
                    let v = args[0]
                    if IntArithmetic.isInt(v) { return v }
                    if v.isBool { return Value(uncheckedSmallInt: v == .true ? 1 : 0) }
                    if let m = try rt.userMethod(v, "__\(name)__") { return try rt.callSpecial(m, v, []) }
                    let x = try real(rt, v)
                    if x.isNaN { throw PythonError("ValueError", "cannot convert float NaN to integer") }
                    if x.isInfinite { throw PythonError("OverflowError", "cannot convert float infinity to integer") }
                    return try intResult { try rt.ints.fromDouble(x.rounded(rule)) }
                }
            }
            try NativeModules.function(rt, d, "hypot") { rt, args in
                let xs = try args.map { Swift.abs(try real(rt, $0)) }
                if xs.contains(where: \.isInfinite) { return Value(double: .infinity) }
                if xs.contains(where: \.isNaN) { return Value(double: .nan) }
                return Value(double: euclideanNorm(xs))
            }
            try NativeModules.function(rt, d, "frexp") { rt, args in
                try Builtins.exactly(1, "frexp", args)
                let x = try real(rt, args[0])
                if x == 0 || x.isNaN || x.isInfinite { return try rt.tuple([Value(double: x), Value(uncheckedSmallInt: 0)]) }
                var e: Int32 = 0
                let m = Glibc.frexp(x, &e)
                return try rt.tuple([Value(double: m), Value(uncheckedSmallInt: Int64(e))])
            }
            try NativeModules.function(rt, d, "ldexp") { rt, args in
                guard args.count == 2 else { throw PythonError("TypeError", "ldexp expected 2 arguments, got \(args.count)") }
                let x = try real(rt, args[0])
                guard IntArithmetic.isInt(args[1]) || args[1].isBool else { throw PythonError("TypeError", "Expected an int as second argument to ldexp.") }
                let e = args[1].isSmallInt ? args[1].asSmallInt : (args[1].isBool ? (args[1] == .true ? 1 : 0) : (rt.ints.sign(args[1]) > 0 ? Int64.max : Int64.min))
                if x == 0 || !x.isFinite { return Value(double: x) }
                let r = Glibc.scalbn(x, Int32(clamping: e))
                if r.isInfinite { throw PythonError("OverflowError", "math range error") }
                return Value(double: r)
            }
            try NativeModules.function(rt, d, "remainder") { rt, args in
                guard args.count == 2 else { throw PythonError("TypeError", "remainder expected 2 arguments, got \(args.count)") }
                let x = try real(rt, args[0]), y = try real(rt, args[1])
                if x.isNaN || y.isNaN { return Value(double: .nan) }
                if x.isInfinite || y == 0 { throw PythonError("ValueError", "math domain error") }
                return Value(double: Glibc.remainder(x, y))
            }
            try NativeModules.function(rt, d, "nextafter") { rt, args in
                guard args.count == 2 else { throw PythonError("TypeError", "nextafter expected 2 arguments, got \(args.count)") }
                return Value(double: Glibc.nextafter(try real(rt, args[0]), try real(rt, args[1])))
            }
            for (name, f) in [("atan2", { (a: Double, b: Double) in Glibc.atan2(a, b) }), ("copysign", { Glibc.copysign($0, $1) })] {
                try NativeModules.function(rt, d, name) { rt, args in
                    guard args.count == 2 else { throw PythonError("TypeError", "\(name) expected 2 arguments, got \(args.count)") }
                    return Value(double: f(try real(rt, args[0]), try real(rt, args[1])))
                }
            }
            try NativeModules.function(rt, d, "pow") { rt, args in
                guard args.count == 2 else { throw PythonError("TypeError", "pow expected 2 arguments, got \(args.count)") }
                let x = try real(rt, args[0]), y = try real(rt, args[1])
                if x == 0 && y < 0 { throw PythonError("ValueError", "math domain error") }
                if x < 0 && y.isFinite && y != y.rounded() { throw PythonError("ValueError", "math domain error") }
                let r = Glibc.pow(x, y)
                if r.isInfinite && x.isFinite && y.isFinite { throw PythonError("OverflowError", "math range error") }
                return Value(double: r)
            }
            try NativeModules.function(rt, d, "fmod") { rt, args in
                guard args.count == 2 else { throw PythonError("TypeError", "fmod expected 2 arguments, got \(args.count)") }
                let x = try real(rt, args[0]), y = try real(rt, args[1])
                if y == 0 || x.isInfinite { throw PythonError("ValueError", "math domain error") }
                return Value(double: Glibc.fmod(x, y))
            }
            try NativeModules.function(rt, d, "modf") { rt, args in
                try Builtins.exactly(1, "modf", args)
                let x = try real(rt, args[0])
                if x.isInfinite { return try rt.tuple([Value(double: Glibc.copysign(0, x)), Value(double: x)]) }
                let whole = x.rounded(.towardZero)
                return try rt.tuple([Value(double: x - whole), Value(double: whole)])
            }
            for (name, test) in [("isnan", { (x: Double) in x.isNaN }), ("isinf", { $0.isInfinite }), ("isfinite", { $0.isFinite })] {
                try NativeModules.function(rt, d, name) { rt, args in
                    try Builtins.exactly(1, name, args)
                    return .bool(test(try real(rt, args[0])))
                }
            }
            try NativeModules.function(rt, d, "isclose", keywords: ["rel_tol", "abs_tol"]) { rt, args in
                guard args.count == 2 else { throw PythonError("TypeError", "isclose expected 2 arguments, got \(args.count)") }
                var relTol = 1e-9, absTol = 0.0
                for (k, v) in rt.pendingKeywords { if k == "rel_tol" { relTol = try real(rt, v) } else { absTol = try real(rt, v) } }
                if relTol < 0 || absTol < 0 { throw PythonError("ValueError", "tolerances must be non-negative") }
                let a = try real(rt, args[0]), b = try real(rt, args[1])
                if a == b { return .true }
                if a.isInfinite || b.isInfinite { return .false }
                let diff = Swift.abs(b - a)
                return .bool(diff <= Swift.abs(relTol * b) || diff <= Swift.abs(relTol * a) || diff <= absTol)
            }
            func integer(_ rt: Runtime, _ v: Value, _ name: String) throws -> Value {
                if v.isDouble { throw PythonError("TypeError", "'float' object cannot be interpreted as an integer") }
                return try rt.requireIndex(v)
            }
            try NativeModules.function(rt, d, "factorial") { rt, args in
                try Builtins.exactly(1, "factorial", args)
                if args[0].isDouble { throw PythonError("TypeError", "'float' object cannot be interpreted as an integer") }
                let n = try integer(rt, args[0], "factorial")
                if rt.ints.sign(n) < 0 { throw PythonError("ValueError", "factorial() not defined for negative values") }
                if IntArithmetic.isBigInt(n) { throw PythonError("OverflowError", "factorial() argument should not exceed 9223372036854775807") }
                var result = Value(uncheckedSmallInt: 1)
                return try rt.withTemporaryRoots(1) { roots in
                    var i: Int64 = 2
                    let limit = n.asSmallInt
                    while i <= limit {
                        result = try intResult { try rt.ints.multiply(result, Value(uncheckedSmallInt: i)) }
                        roots[0] = result
                        i += 1
                    }
                    return result
                }
            }
            try NativeModules.function(rt, d, "gcd") { rt, args in
                var g = Value(uncheckedSmallInt: 0)
                for a in args {
                    var x = try intResult { try rt.ints.absolute(try integer(rt, a, "gcd")) }
                    var y = g
                    while rt.ints.sign(x) != 0 {
                        let r = try intResult { try rt.ints.modulo(y, x) }
                        y = x
                        x = r
                    }
                    g = y
                }
                return g
            }
            try NativeModules.function(rt, d, "lcm") { rt, args in
                var l = Value(uncheckedSmallInt: 1)
                for a in args {
                    let x = try intResult { try rt.ints.absolute(try integer(rt, a, "lcm")) }
                    if rt.ints.sign(x) == 0 { return Value(uncheckedSmallInt: 0) }
                    var p = l, q = x
                    while rt.ints.sign(q) != 0 { let r = try intResult { try rt.ints.modulo(p, q) }; p = q; q = r }
                    l = try intResult { try rt.ints.multiply(try rt.ints.floorDivide(l, p), x) }
                }
                return l
            }
            try NativeModules.function(rt, d, "isqrt") { rt, args in
                try Builtins.exactly(1, "isqrt", args)
                let n = try integer(rt, args[0], "isqrt")
                if rt.ints.sign(n) < 0 { throw PythonError("ValueError", "isqrt() argument must be nonnegative") }
                // Newton's method on ints.
                if rt.ints.sign(n) == 0 { return n }
                var x = try intResult { try rt.ints.fromDouble(Glibc.sqrt(try rt.ints.toDouble(n)).rounded(.down) + 1) }
                while true {
                    let y = try intResult { try rt.ints.floorDivide(try rt.ints.add(x, try rt.ints.floorDivide(n, x)), Value(uncheckedSmallInt: 2)) }
                    if rt.ints.compare(y, x) >= 0 { break }
                    x = y
                }
                while rt.ints.compare(try intResult { try rt.ints.multiply(x, x) }, n) > 0 {
                    x = try intResult { try rt.ints.subtract(x, Value(uncheckedSmallInt: 1)) }
                }
                return x
            }
            for name in ["comb", "perm"] {
                try NativeModules.function(rt, d, name) { rt, args in
                    guard args.count == 2 || (name == "perm" && args.count == 1) else {
                        throw PythonError("TypeError", "\(name) expected 2 arguments, got \(args.count)")
                    }
                    let n = try integer(rt, args[0], name)
                    let k = args.count == 2 ? try integer(rt, args[1], name) : n
                    if rt.ints.sign(n) < 0 { throw PythonError("ValueError", "n must be a non-negative integer") }
                    if rt.ints.sign(k) < 0 { throw PythonError("ValueError", "k must be a non-negative integer") }
                    if rt.ints.compare(k, n) > 0 { return Value(uncheckedSmallInt: 0) }
                    var result = Value(uncheckedSmallInt: 1)
                    let kk = k.asSmallInt, nn = n
                    var i: Int64 = 0
                    while i < kk {
                        result = try intResult { try rt.ints.multiply(result, try rt.ints.subtract(nn, Value(uncheckedSmallInt: i))) }
                        if name == "comb" { result = try intResult { try rt.ints.floorDivide(result, Value(uncheckedSmallInt: i + 1)) } }
                        i += 1
                    }
                    return result
                }
            }
            try NativeModules.function(rt, d, "prod", keywords: ["start"]) { rt, args in
                try Builtins.exactly(1, "prod", args)
                var total: Value = Value(uncheckedSmallInt: 1)
                for (_, v) in rt.pendingKeywords { total = v }
                return try rt.withTemporaryRoots(2) { roots in
                    roots[0] = try rt.listFrom(args[0])
                    roots[1] = total
                    for x in Builtins.elements(roots[0]) { roots[1] = try rt.binary(.multiply, roots[1], x) }
                    return roots[1]
                }
            }
            try NativeModules.function(rt, d, "fsum") { rt, args in
                try Builtins.exactly(1, "fsum", args)
                // Shewchuk's exact partial sums, rounded once at the end.
                var partials: [Double] = []
                try rt.withTemporaryRoots(1) { roots in
                    roots[0] = try rt.listFrom(args[0])
                    for v in Builtins.elements(roots[0]) {
                        var x = try real(rt, v)
                        var i = 0
                        for var y in partials {
                            if Swift.abs(x) < Swift.abs(y) { swap(&x, &y) }
                            let hi = x + y
                            let lo = y - (hi - x)
                            if lo != 0 { partials[i] = lo; i += 1 }
                            x = hi
                        }
                        partials.removeSubrange(i...)
                        partials.append(x)
                    }
                }
                var hi = 0.0
                var n = partials.count
                if n > 0 {
                    n -= 1
                    hi = partials[n]
                    var lo = 0.0
                    while n > 0 {
                        let x = hi
                        n -= 1
                        let y = partials[n]
                        hi = x + y
                        let yr = hi - x
                        lo = y - yr
                        if lo != 0 { break }
                    }
                    if n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0)) {
                        let y = lo * 2
                        let x = hi + y
                        if y == x - hi { hi = x }
                    }
                }
                return Value(double: hi)
            }
            try NativeModules.function(rt, d, "dist") { rt, args in
                guard args.count == 2 else { throw PythonError("TypeError", "dist expected 2 arguments, got \(args.count)") }
                return try rt.withTemporaryRoots(2) { roots in
                    roots[0] = try rt.listFrom(args[0])
                    roots[1] = try rt.listFrom(args[1])
                    let p = Builtins.elements(roots[0]), q = Builtins.elements(roots[1])
                    guard p.count == q.count else { throw PythonError("ValueError", "both points must have the same number of dimensions") }
                    var total = 0.0
                    for i in 0..<p.count { let diff = try real(rt, p[i]) - real(rt, q[i]); total += diff * diff }
                    return Value(double: total.squareRoot())
                }
            }
        }
    }
}

extension MathModule {
    /// The length of a vector, nearly correctly rounded: coordinates scaled
    /// by a power of two (exact) so the largest is near 1, squares summed
    /// in double-double (fma splits each product, TwoSum keeps the carries),
    /// then one Newton step on the square root against that exact sum.
    static func euclideanNorm(_ xs: [Double]) -> Double {
        guard let largest = xs.max(), largest > 0 else { return 0 }
        if xs.count == 1 { return largest }
        let exponent = Int32(largest.exponent)
        var hi = 0.0, lo = 0.0
        for x in xs {
            let y = Glibc.scalbn(x, -exponent)
            let square = y * y
            let error = Glibc.fma(y, y, -square)
            let sum = hi + square
            let carried = (hi - (sum - (sum - hi))) + (square - (sum - hi))
            hi = sum
            lo += carried + error
        }
        var h = (hi + lo).squareRoot()
        let residual = Glibc.fma(-h, h, hi) + lo
        h += residual / (2 * h)
        return Glibc.scalbn(h, exponent)
    }
}
