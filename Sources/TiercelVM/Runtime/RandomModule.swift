#if canImport(Glibc)
import Glibc
#endif

/// The Mersenne Twister over a state that lives in the VM heap: 624 words
/// and the position, seeded as CPython's _random does, so sequences from
/// random.seed(n) are CPython's.
struct MersenneTwister {
    static let words = 624
    /// A leaf object holding the state (16-byte header, then 625 UInt32).
    static let bytes = 16 + 4 * (words + 1)
    let mt: UnsafeMutablePointer<UInt32>

    init(state: UnsafeMutableRawPointer) {
        mt = (state + 16).assumingMemoryBound(to: UInt32.self)
    }

    var index: Int {
        get { Int(mt[MersenneTwister.words]) }
        nonmutating set { mt[MersenneTwister.words] = UInt32(newValue) }
    }

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

/// _random: the Random base class that the host library's random.py
/// subclasses (seed, random, getrandbits, getstate, setstate); every
/// distribution, choices, sample and shuffle are random.py's own.
enum RandomModule {
    static func make(_ rt: Runtime) throws -> Value {
        try NativeModules.module(rt, "_random") { rt, d in
            let t = try MemoryStreams.nativeClass(rt, "Random", bases: [rt.types.object], fields: 1, module: "_random")
            try NativeModules.value(rt, d, "Random", t)
            func twister(_ v: Value) throws -> MersenneTwister {
                let slot = try MemoryStreams.field(rt, v, 0, t, fields: 1)
                if slot.pointee.isEmpty || slot.pointee.isNone {
                    guard let state = rt.heap.allocate(bytes: MersenneTwister.bytes, layout: .leaf) else {
                        throw PythonError("MemoryError", "")
                    }
                    slot.pointee = Value(object: state)
                    try reseed(rt, MersenneTwister(state: state), .none)
                }
                return MersenneTwister(state: slot.pointee.asObject)
            }
            try rt.defineMethod(t, "__init__", keywords: ["*"]) { rt, args in
                if !rt.pendingKeywords.isEmpty, rt.typeOf(args[0]).bits == t.bits {
                    throw PythonError("TypeError", "Random() takes no keyword arguments")
                }
                if args.count > 2, rt.typeOf(args[0]).bits == t.bits {
                    throw PythonError("TypeError", "Random() expected at most 1 argument, got \(args.count - 1)")
                }
                try reseed(rt, try twister(args[0]), args.count > 1 ? args[1] : .none)
                return .none
            }
            try rt.defineMethod(t, "seed") { rt, args in
                try BuiltinMethods.arity("seed", args, 0...1)
                try reseed(rt, try twister(args[0]), args.count > 1 ? args[1] : .none)
                return .none
            }
            try rt.defineMethod(t, "random") { rt, args in
                try BuiltinMethods.arity("Random.random", args, 0...0)
                return Value(double: try twister(args[0]).random())
            }
            try rt.defineMethod(t, "getrandbits") { rt, args in
                try BuiltinMethods.arity("Random.getrandbits", args, 1...1)
                let k = try BuiltinMethods.index(rt, args[1])
                if k < 0 { throw PythonError("ValueError", "number of bits must be non-negative") }
                return try bits(rt, try twister(args[0]), k)
            }
            try rt.defineMethod(t, "getstate") { rt, args in
                try BuiltinMethods.arity("Random.getstate", args, 0...0)
                let tw = try twister(args[0])
                var items: [Value] = []
                for i in 0...MersenneTwister.words { items.append(Value(uncheckedSmallInt: Int64(tw.mt[i]))) }
                return try rt.tuple(items)
            }
            try rt.defineMethod(t, "setstate") { rt, args in
                try BuiltinMethods.arity("Random.setstate", args, 1...1)
                guard TupleObject.isTuple(args[1]) else { throw PythonError("TypeError", "state vector must be a tuple") }
                let state = args[1].asObject
                guard TupleObject.count(state) == MersenneTwister.words + 1 else {
                    throw PythonError("ValueError", "state vector is the wrong size")
                }
                var words: [UInt32] = []
                for i in 0...MersenneTwister.words {
                    let v = TupleObject.items(state)[i]
                    guard IntArithmetic.isInt(v) || v.isBool else {
                        throw PythonError("TypeError", "'\(rt.typeName(v))' object cannot be interpreted as an integer")
                    }
                    guard v.isSmallInt, v.asSmallInt >= 0, v.asSmallInt <= 0xFFFF_FFFF else {
                        throw PythonError("OverflowError", "Python int too large to convert to C unsigned long")
                    }
                    words.append(UInt32(v.asSmallInt))
                }
                guard words[MersenneTwister.words] <= UInt32(MersenneTwister.words) else { throw PythonError("ValueError", "invalid state") }
                let tw = try twister(args[0])
                for (i, w) in words.enumerated() { tw.mt[i] = w }
                return .none
            }
        }
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
            // Any other argument seeds with its hash, as CPython's random_seed.
            if !IntArithmetic.isInt(n) { n = try rt.ints.make(try rt.ops.hash(a)) }
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
}
