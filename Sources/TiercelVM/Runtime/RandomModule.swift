#if canImport(Glibc)
import Glibc
#endif

/// The Mersenne Twister state, seeded as CPython's _random does, so
/// sequences from random.seed(n) are CPython's.
final class MersenneTwister {
    private var mt = [UInt32](repeating: 0, count: 624)
    private var index = 625
    var gaussNext: Double? = nil

    private func initGenrand(_ s: UInt32) {
        mt[0] = s
        for i in 1..<624 {
            mt[i] = 1812433253 &* (mt[i - 1] ^ (mt[i - 1] >> 30)) &+ UInt32(i)
        }
        index = 624
    }

    func seed(key: [UInt32]) {
        initGenrand(19650218)
        var i = 1, j = 0
        for _ in 0..<max(624, key.count) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) &* 1664525)) &+ key[j] &+ UInt32(j)
            i += 1
            j += 1
            if i >= 624 { mt[0] = mt[623]; i = 1 }
            if j >= key.count { j = 0 }
        }
        for _ in 0..<623 {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) &* 1566083941)) &- UInt32(i)
            i += 1
            if i >= 624 { mt[0] = mt[623]; i = 1 }
        }
        mt[0] = 0x8000_0000
        gaussNext = nil
    }

    func next32() -> UInt32 {
        if index >= 624 {
            for k in 0..<624 {
                let y = (mt[k] & 0x8000_0000) | (mt[(k + 1) % 624] & 0x7FFF_FFFF)
                mt[k] = mt[(k + 397) % 624] ^ (y >> 1) ^ (y & 1 == 0 ? 0 : 0x9908_B0DF)
            }
            index = 0
        }
        var y = mt[index]
        index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9D2C_5680
        y ^= (y << 15) & 0xEFC6_0000
        y ^= y >> 18
        return y
    }

    /// random(): 53 random bits in [0, 1).
    func random() -> Double {
        let a = Double(next32() >> 5), b = Double(next32() >> 6)
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }
}

/// random: the module-level functions over one generator.
enum RandomModule {
    static func make(_ rt: Runtime) throws -> Value {
        let twister = rt.random
        try reseed(rt, twister, .none)
        return try NativeModules.module(rt, "random") { rt, d in
            try NativeModules.function(rt, d, "seed") { rt, args in
                guard args.count <= 1 else { throw PythonError("TypeError", "seed expected at most 1 argument, got \(args.count)") }
                try reseed(rt, twister, args.first ?? .none)
                return .none
            }
            try NativeModules.function(rt, d, "random") { _, _ in Value(double: twister.random()) }
            try NativeModules.function(rt, d, "getrandbits") { rt, args in
                try Builtins.exactly(1, "getrandbits", args)
                let k = try BuiltinMethods.index(rt, args[0])
                if k < 0 { throw PythonError("ValueError", "number of bits must be non-negative") }
                return try bits(rt, twister, k)
            }
            try NativeModules.function(rt, d, "randrange") { rt, args in
                guard (1...3).contains(args.count) else { throw PythonError("TypeError", "randrange expected at most 3 arguments, got \(args.count)") }
                return try randrange(rt, twister, args)
            }
            try NativeModules.function(rt, d, "randint") { rt, args in
                guard args.count == 2 else { throw PythonError("TypeError", "randint() missing 1 required positional argument: 'b'") }
                let stop = try rt.binary(.add, args[1], Value(uncheckedSmallInt: 1))
                return try rt.withTemporaryRoots(1) { roots in
                    roots[0] = stop
                    return try [args[0], stop].withUnsafeBufferPointer { try randrange(rt, twister, $0) }
                }
            }
            try NativeModules.function(rt, d, "choice") { rt, args in
                try Builtins.exactly(1, "choice", args)
                let n = try rt.length(args[0])
                if n == 0 { throw PythonError("IndexError", "Cannot choose from an empty sequence") }
                return try rt.getItem(args[0], try below(rt, twister, Value(uncheckedSmallInt: Int64(n))))
            }
            try NativeModules.function(rt, d, "shuffle") { rt, args in
                try Builtins.exactly(1, "shuffle", args)
                let x = args[0]
                var i = try rt.length(x) - 1
                while i >= 1 {
                    let j = try below(rt, twister, Value(uncheckedSmallInt: Int64(i + 1)))
                    let a = try rt.getItem(x, Value(uncheckedSmallInt: Int64(i)))
                    let b = try rt.getItem(x, j)
                    try rt.storeSubscript(x, Value(uncheckedSmallInt: Int64(i)), b)
                    try rt.storeSubscript(x, j, a)
                    i -= 1
                }
                return .none
            }
            try NativeModules.function(rt, d, "uniform") { rt, args in
                guard args.count == 2 else { throw PythonError("TypeError", "uniform() missing required arguments") }
                let a = try real(rt, args[0]), b = try real(rt, args[1])
                return Value(double: a + (b - a) * twister.random())
            }
            try NativeModules.function(rt, d, "gauss") { rt, args in
                let mu = args.count > 0 ? try real(rt, args[0]) : 0, sigma = args.count > 1 ? try real(rt, args[1]) : 1
                var z: Double
                if let next = twister.gaussNext {
                    z = next
                    twister.gaussNext = nil
                } else {
                    let x2pi = twister.random() * 2 * Double.pi
                    let g2rad = (-2.0 * log(1.0 - twister.random())).squareRoot()
                    z = cos(x2pi) * g2rad
                    twister.gaussNext = sin(x2pi) * g2rad
                }
                return Value(double: mu + z * sigma)
            }
            try NativeModules.function(rt, d, "sample", keywords: ["k"]) { rt, args in
                var kValue: Value? = args.count > 1 ? args[1] : nil
                for (_, v) in rt.pendingKeywords { kValue = v }
                guard args.count >= 1, let kv = kValue else { throw PythonError("TypeError", "sample() missing 1 required positional argument: 'k'") }
                let population = args[0]
                if SetObject.isSet(population) || DictObject.isDict(population) {
                    throw PythonError("TypeError", "Population must be a sequence.  For dicts or sets, use sorted(d).")
                }
                let n = try rt.length(population)
                let k = try BuiltinMethods.index(rt, kv)
                if k < 0 || k > n { throw PythonError("ValueError", "Sample larger than population or is negative") }
                var setSize = 21
                if k > 5 { setSize += Int(pow(4.0, ceil(log(Double(k * 3)) / log(4.0)))) }
                return try rt.withTemporaryRoots(2) { roots in
                    roots[0] = try ListObject.make(rt, UnsafeBufferPointer(start: nil, count: 0))
                    if n <= setSize {
                        roots[1] = try rt.listFrom(population)
                        let pool = roots[1].asObject
                        for i in 0..<k {
                            let j = Int(try below(rt, twister, Value(uncheckedSmallInt: Int64(n - i))).asSmallInt)
                            try ListObject.append(rt, roots[0].asObject, ListObject.items(pool)[j])
                            ListObject.items(pool)[j] = ListObject.items(pool)[n - i - 1]
                        }
                    } else {
                        var selected = Set<Int64>()
                        for _ in 0..<k {
                            var j = try below(rt, twister, Value(uncheckedSmallInt: Int64(n))).asSmallInt
                            while selected.contains(j) { j = try below(rt, twister, Value(uncheckedSmallInt: Int64(n))).asSmallInt }
                            selected.insert(j)
                            try ListObject.append(rt, roots[0].asObject, try rt.getItem(population, Value(uncheckedSmallInt: j)))
                        }
                    }
                    return roots[0]
                }
            }
        }
    }

    static func real(_ rt: Runtime, _ v: Value) throws -> Double {
        if v.isDouble { return v.asDouble }
        if v.isBool { return v == .true ? 1 : 0 }
        if IntArithmetic.isInt(v) { return try intResult { try rt.ints.toDouble(v) } }
        throw PythonError("TypeError", "must be real number, not \(rt.typeName(v))")
    }

    /// seed(a): an int's 32-bit words (least significant first) as the key;
    /// None takes entropy from the system.
    static func reseed(_ rt: Runtime, _ twister: MersenneTwister, _ a: Value) throws {
        var key: [UInt32] = []
        if a.isNone {
            var words = [UInt32](repeating: 0, count: 624)
            let fd = open("/dev/urandom", O_RDONLY)
            if fd >= 0 {
                _ = words.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                close(fd)
            } else {
                words[0] = UInt32(truncatingIfNeeded: time(nil))
            }
            key = words
        } else {
            var n = a
            if a.isBool { n = Value(uncheckedSmallInt: a == .true ? 1 : 0) }
            if a.isDouble {
                throw PythonError("NotImplementedError", "random.seed() of a float is not supported by tiercel yet")
            }
            guard IntArithmetic.isInt(n) else {
                throw PythonError("NotImplementedError", "random.seed() of a \(rt.typeName(a)) is not supported by tiercel yet")
            }
            var magnitude = try intResult { try rt.ints.absolute(n) }
            let mask = Value(uncheckedSmallInt: 0xFFFF_FFFF)
            repeat {
                let word = try intResult { try rt.ints.and(magnitude, mask) }
                key.append(UInt32(word.asSmallInt))
                magnitude = try intResult { try rt.ints.rightShift(magnitude, Value(uncheckedSmallInt: 32)) }
            } while rt.ints.sign(magnitude) != 0
        }
        twister.seed(key: key)
    }

    /// getrandbits(k): 32-bit words, least significant first; the last one
    /// keeps its top bits.
    static func bits(_ rt: Runtime, _ twister: MersenneTwister, _ k: Int) throws -> Value {
        if k == 0 { return Value(uncheckedSmallInt: 0) }
        if k <= 32 { return Value(uncheckedSmallInt: Int64(twister.next32() >> UInt32(32 - k))) }
        var result = Value(uncheckedSmallInt: 0)
        var remaining = k
        var shift: Int64 = 0
        while remaining > 0 {
            var r = twister.next32()
            if remaining < 32 { r >>= UInt32(32 - remaining) }
            let part = try intResult { try rt.ints.leftShift(Value(uncheckedSmallInt: Int64(r)), Value(uncheckedSmallInt: shift)) }
            result = try intResult { try rt.ints.or(result, part) }
            shift += 32
            remaining -= 32
        }
        return result
    }

    /// _randbelow: getrandbits(n.bit_length()) until below n.
    static func below(_ rt: Runtime, _ twister: MersenneTwister, _ n: Value) throws -> Value {
        let k = rt.ints.toString(n, base: 2).count
        var r = try bits(rt, twister, k)
        while rt.ints.compare(r, n) >= 0 { r = try bits(rt, twister, k) }
        return r
    }

    static func randrange(_ rt: Runtime, _ twister: MersenneTwister, _ args: UnsafeBufferPointer<Value>) throws -> Value {
        func integer(_ v: Value) throws -> Value {
            if v.isBool { return Value(uncheckedSmallInt: v == .true ? 1 : 0) }
            guard IntArithmetic.isInt(v) else {
                throw PythonError("TypeError", "'\(rt.typeName(v))' object cannot be interpreted as an integer")
            }
            return v
        }
        let start = try integer(args[0])
        if args.count == 1 {
            if rt.ints.sign(start) > 0 { return try below(rt, twister, start) }
            throw PythonError("ValueError", "empty range for randrange()")
        }
        let stop = try integer(args[1])
        let step = args.count == 3 ? try integer(args[2]) : Value(uncheckedSmallInt: 1)
        let width = try intResult { try rt.ints.subtract(stop, start) }
        if step == Value(uncheckedSmallInt: 1) {
            if rt.ints.sign(width) > 0 { return try intResult { try rt.ints.add(start, try below(rt, twister, width)) } }
            throw PythonError("ValueError", "empty range for randrange() (\(rt.ints.toString(start)), \(rt.ints.toString(stop)), \(rt.ints.toString(width)))")
        }
        if rt.ints.sign(step) == 0 { throw PythonError("ValueError", "zero step for randrange()") }
        let n: Value = try intResult {
            let adjust = rt.ints.sign(step) > 0 ? try rt.ints.subtract(step, Value(uncheckedSmallInt: 1)) : try rt.ints.add(step, Value(uncheckedSmallInt: 1))
            return try rt.ints.floorDivide(try rt.ints.add(width, adjust), step)
        }
        if rt.ints.sign(n) <= 0 { throw PythonError("ValueError", "empty range for randrange()") }
        return try intResult { try rt.ints.add(start, try rt.ints.multiply(step, try below(rt, twister, n))) }
    }
}
