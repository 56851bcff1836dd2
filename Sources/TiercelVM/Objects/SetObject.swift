/// set and frozenset: open addressing with CPython's probe sequence (runs
/// of linear probes, then perturbed jumps), growth rule and merge paths, so
/// iteration order — which programs print — is CPython's.
///
///     0 used (live entries)  1 fill (live + dummies)  2 mask  3 finger (pop)
///     4 keys (value vector, mask+1: `empty` for never-used and dummy slots)
///     5 hashes (leaf: Int64 × (mask+1); 0 with an empty key: never used;
///       -1 with an empty key: a deleted entry)
enum SetObject {
    static let used = 0, fill = 1, mask = 2, finger = 3, keys = 4, hashes = 5
    static let minSize = 8, linearProbes = 9, perturbShift = 5

    static func isSet(_ v: Value) -> Bool {
        v.isObject && (v.asObject.objectKind == .set || v.asObject.objectKind == .frozenset)
    }

    @inline(__always) static func int(_ s: UnsafeMutableRawPointer, _ i: Int) -> Int { Int(ValueVector.values(s)[i].asSmallInt) }
    @inline(__always) static func setInt(_ s: UnsafeMutableRawPointer, _ i: Int, _ v: Int) {
        ValueVector.values(s)[i] = Value(uncheckedSmallInt: Int64(v))
    }
    @inline(__always) static func keyTable(_ s: UnsafeMutableRawPointer) -> UnsafeMutablePointer<Value> {
        ValueVector.values(ValueVector.values(s)[keys].asObject)
    }
    @inline(__always) static func hashTable(_ s: UnsafeMutableRawPointer) -> UnsafeMutablePointer<Int64> {
        (ValueVector.values(s)[hashes].asObject + 16).assumingMemoryBound(to: Int64.self)
    }
    static func count(_ s: UnsafeMutableRawPointer) -> Int { int(s, used) }

    static func make(_ rt: Runtime, frozen: Bool = false) throws -> Value {
        try rt.withTemporaryRoots(1) { roots in
            roots[0] = try vector(rt, kind: frozen ? .frozenset : .set, [Value](repeating: Value(uncheckedSmallInt: 0), count: 6))
            try allocateTable(rt, roots[0].asObject, size: minSize)
            return roots[0]
        }
    }

    private static func allocateTable(_ rt: Runtime, _ s: UnsafeMutableRawPointer, size: Int) throws {
        guard let h = rt.heap.allocate(bytes: 16 + 8 * size, layout: .leaf) else { throw PythonError("MemoryError", "") }
        let k = try vector(rt, kind: .other, [Value](repeating: .empty, count: size))
        ValueVector.values(s)[keys] = k
        ValueVector.values(s)[hashes] = Value(object: h)
        setInt(s, mask, size - 1)
    }

    /// The slot holding `key`, or nil.
    static func find(_ rt: Runtime, _ s: UnsafeMutableRawPointer, _ key: Value, _ hash: Int64) throws -> Int? {
        var m = int(s, mask)
        var i = Int(UInt64(bitPattern: hash) & UInt64(m))
        var perturb = UInt64(bitPattern: hash)
        while true {
            let probes = i + linearProbes <= m ? linearProbes : 0
            for j in i...(i + probes) {
                let k = keyTable(s)[j]
                let h = hashTable(s)[j]
                if k.isEmpty && h == 0 { return nil }
                if h == hash && !k.isEmpty {
                    if k.bits == key.bits { return j }
                    let table = ValueVector.values(s)[keys]
                    if try rt.isEqual(k, key) { return j }
                    if table.bits != ValueVector.values(s)[keys].bits { return try find(rt, s, key, hash) }
                    m = int(s, mask)
                }
            }
            perturb >>= UInt64(perturbShift)
            i = Int((UInt64(i) &* 5 &+ 1 &+ perturb) & UInt64(m))
        }
    }

    static func contains(_ rt: Runtime, _ s: UnsafeMutableRawPointer, _ key: Value) throws -> Bool {
        if key.isObject && key.asObject.objectKind == .set {
            // A set is looked up as the equal frozenset, as CPython does.
            return try rt.withTemporaryRoots(1) { roots in
                roots[0] = try copy(rt, key.asObject, frozen: true)
                return try find(rt, s, roots[0], try rt.ops.hash(roots[0])) != nil
            }
        }
        return try find(rt, s, key, try rt.ops.hash(key)) != nil
    }

    static func add(_ rt: Runtime, _ s: UnsafeMutableRawPointer, _ key: Value) throws {
        try add(rt, s, key, try rt.ops.hash(key))
    }

    static func add(_ rt: Runtime, _ s: UnsafeMutableRawPointer, _ key: Value, _ hash: Int64) throws {
        var m = int(s, mask)
        var i = Int(UInt64(bitPattern: hash) & UInt64(m))
        var perturb = UInt64(bitPattern: hash)
        var freeSlot: Int? = nil
        while true {
            let probes = i + linearProbes <= m ? linearProbes : 0
            for j in i...(i + probes) {
                let k = keyTable(s)[j]
                let h = hashTable(s)[j]
                if k.isEmpty && h == 0 {
                    if let f = freeSlot {
                        keyTable(s)[f] = key
                        hashTable(s)[f] = hash
                        setInt(s, used, int(s, used) + 1)
                        return
                    }
                    keyTable(s)[j] = key
                    hashTable(s)[j] = hash
                    setInt(s, fill, int(s, fill) + 1)
                    setInt(s, used, int(s, used) + 1)
                    if int(s, fill) * 5 < m * 3 { return }
                    let n = int(s, used)
                    try resize(rt, s, n > 50000 ? n * 2 : n * 4)
                    return
                }
                if h == hash && !k.isEmpty {
                    if k.bits == key.bits { return }
                    let table = ValueVector.values(s)[keys]
                    if try rt.isEqual(k, key) { return }
                    if table.bits != ValueVector.values(s)[keys].bits { return try add(rt, s, key, hash) }
                    m = int(s, mask)
                } else if k.isEmpty && h == -1 {
                    freeSlot = j
                }
            }
            perturb >>= UInt64(perturbShift)
            i = Int((UInt64(i) &* 5 &+ 1 &+ perturb) & UInt64(m))
        }
    }

    /// Places a key known to be absent, with no comparisons.
    private static func insertClean(_ s: UnsafeMutableRawPointer, _ key: Value, _ hash: Int64) {
        let m = int(s, mask)
        var i = Int(UInt64(bitPattern: hash) & UInt64(m))
        var perturb = UInt64(bitPattern: hash)
        while true {
            if keyTable(s)[i].isEmpty && hashTable(s)[i] == 0 { break }
            var placed = false
            if i + linearProbes <= m {
                for j in 1...linearProbes where keyTable(s)[i + j].isEmpty && hashTable(s)[i + j] == 0 {
                    i += j
                    placed = true
                    break
                }
            }
            if placed { break }
            perturb >>= UInt64(perturbShift)
            i = Int((UInt64(i) &* 5 &+ 1 &+ perturb) & UInt64(m))
        }
        keyTable(s)[i] = key
        hashTable(s)[i] = hash
    }

    static func resize(_ rt: Runtime, _ s: UnsafeMutableRawPointer, _ minUsed: Int) throws {
        var size = minSize
        while size <= minUsed { size <<= 1 }
        try rt.withTemporaryRoots(1) { roots in
            roots[0] = ValueVector.values(s)[keys]
            let oldHashes = ValueVector.values(s)[hashes]
            let oldSize = int(s, mask) + 1
            let oldKeys = ValueVector.values(roots[0].asObject)
            try allocateTable(rt, s, size: size)
            let oldHashTable = (oldHashes.asObject + 16).assumingMemoryBound(to: Int64.self)
            for j in 0..<oldSize where !oldKeys[j].isEmpty { insertClean(s, oldKeys[j], oldHashTable[j]) }
            setInt(s, fill, int(s, used))
            withExtendedLifetime(oldHashes) {}
        }
    }

    static func discard(_ rt: Runtime, _ s: UnsafeMutableRawPointer, _ key: Value) throws -> Bool {
        guard let j = try find(rt, s, key, try rt.ops.hash(key)) else { return false }
        keyTable(s)[j] = .empty
        hashTable(s)[j] = -1
        setInt(s, used, int(s, used) - 1)
        return true
    }

    /// The live keys in table order.
    static func items(_ s: UnsafeMutableRawPointer) -> [Value] {
        let n = int(s, mask) + 1
        var out: [Value] = []
        out.reserveCapacity(int(s, used))
        for j in 0..<n where !keyTable(s)[j].isEmpty { out.append(keyTable(s)[j]) }
        return out
    }

    /// Adds every element of `other` (set_update_internal).
    static func update(_ rt: Runtime, _ s: UnsafeMutableRawPointer, _ other: Value) throws {
        if isSet(other) { return try merge(rt, s, other.asObject) }
        if DictObject.isDict(other) {
            let d = other.asObject
            let n = DictObject.count(d)
            if (int(s, fill) + n) * 5 >= int(s, mask) * 3 { try resize(rt, s, (int(s, used) + n) * 2) }
            for (k, _) in DictObject.items(d) { try add(rt, s, k) }
            return
        }
        try rt.withTemporaryRoots(2) { roots in
            roots[0] = try rt.getIter(other)
            while let x = try rt.nextOrNil(roots[0]) {
                roots[1] = x
                try add(rt, s, x)
            }
        }
    }

    private static func merge(_ rt: Runtime, _ s: UnsafeMutableRawPointer, _ o: UnsafeMutableRawPointer) throws {
        if s == o || int(o, used) == 0 { return }
        if (int(s, fill) + int(o, used)) * 5 >= int(s, mask) * 3 { try resize(rt, s, (int(s, used) + int(o, used)) * 2) }
        let n = int(o, mask) + 1
        if int(s, fill) == 0 && int(s, mask) == int(o, mask) && int(o, fill) == int(o, used) {
            for j in 0..<n where !keyTable(o)[j].isEmpty {
                keyTable(s)[j] = keyTable(o)[j]
                hashTable(s)[j] = hashTable(o)[j]
            }
            setInt(s, fill, int(o, fill))
            setInt(s, used, int(o, used))
            return
        }
        if int(s, fill) == 0 {
            setInt(s, fill, int(o, used))
            setInt(s, used, int(o, used))
            for j in 0..<n where !keyTable(o)[j].isEmpty { insertClean(s, keyTable(o)[j], hashTable(o)[j]) }
            return
        }
        for j in 0..<n where !keyTable(o)[j].isEmpty { try add(rt, s, keyTable(o)[j], hashTable(o)[j]) }
    }

    static func copy(_ rt: Runtime, _ s: UnsafeMutableRawPointer, frozen: Bool) throws -> Value {
        try rt.withTemporaryRoots(1) { roots in
            roots[0] = try make(rt, frozen: frozen)
            try merge(rt, roots[0].asObject, s)
            return roots[0]
        }
    }

    /// A set of `other`'s elements: itself when it already is one.
    static func asSet(_ rt: Runtime, _ other: Value) throws -> Value {
        if isSet(other) { return other }
        return try rt.withTemporaryRoots(1) { roots in
            roots[0] = try make(rt)
            try update(rt, roots[0].asObject, other)
            return roots[0]
        }
    }

    static func intersection(_ rt: Runtime, _ a: UnsafeMutableRawPointer, _ bValue: Value, frozen: Bool) throws -> Value {
        try rt.withTemporaryRoots(2) { roots in
            roots[0] = try make(rt, frozen: frozen)
            roots[1] = try asSet(rt, bValue)
            var big = a, small = roots[1].asObject
            if count(small) > count(big) { swap(&big, &small) }
            let n = int(small, mask) + 1
            for j in 0..<n where !keyTable(small)[j].isEmpty {
                let k = keyTable(small)[j], h = hashTable(small)[j]
                if try find(rt, big, k, h) != nil { try add(rt, roots[0].asObject, k, h) }
            }
            return roots[0]
        }
    }

    static func difference(_ rt: Runtime, _ a: UnsafeMutableRawPointer, _ bValue: Value, frozen: Bool) throws -> Value {
        try rt.withTemporaryRoots(2) { roots in
            roots[1] = try asSet(rt, bValue)
            let b = roots[1].asObject
            if count(a) >> 2 > count(b) {
                roots[0] = try copy(rt, a, frozen: frozen)
                for k in items(b) { _ = try discard(rt, roots[0].asObject, k) }
                return roots[0]
            }
            roots[0] = try make(rt, frozen: frozen)
            let n = int(a, mask) + 1
            for j in 0..<n where !keyTable(a)[j].isEmpty {
                let k = keyTable(a)[j], h = hashTable(a)[j]
                if try find(rt, b, k, h) == nil { try add(rt, roots[0].asObject, k, h) }
            }
            return roots[0]
        }
    }

    static func symmetricDifferenceUpdate(_ rt: Runtime, _ s: UnsafeMutableRawPointer, _ other: UnsafeMutableRawPointer) throws {
        let n = int(other, mask) + 1
        for j in 0..<n where !keyTable(other)[j].isEmpty {
            let k = keyTable(other)[j], h = hashTable(other)[j]
            if let slot = try find(rt, s, k, h) {
                keyTable(s)[slot] = .empty
                hashTable(s)[slot] = -1
                setInt(s, used, int(s, used) - 1)
            } else {
                try add(rt, s, k, h)
            }
        }
    }

    static func symmetricDifference(_ rt: Runtime, _ a: UnsafeMutableRawPointer, _ bValue: Value, frozen: Bool) throws -> Value {
        try rt.withTemporaryRoots(1) { roots in
            roots[0] = try make(rt, frozen: frozen)
            try update(rt, roots[0].asObject, bValue)
            try symmetricDifferenceUpdate(rt, roots[0].asObject, a)
            return roots[0]
        }
    }

    static func isSubset(_ rt: Runtime, _ a: UnsafeMutableRawPointer, _ b: UnsafeMutableRawPointer) throws -> Bool {
        if count(a) > count(b) { return false }
        for k in items(a) where !(try contains(rt, b, k)) { return false }
        return true
    }

    static func pop(_ rt: Runtime, _ s: UnsafeMutableRawPointer) throws -> Value {
        if count(s) == 0 { throw PythonError("KeyError", value: try rt.makeStr("pop from an empty set")) }
        let m = int(s, mask)
        var j = int(s, finger) & m
        while keyTable(s)[j].isEmpty { j = j == m ? 0 : j + 1 }
        let k = keyTable(s)[j]
        keyTable(s)[j] = .empty
        hashTable(s)[j] = -1
        setInt(s, used, int(s, used) - 1)
        setInt(s, finger, j + 1)
        return k
    }

    /// frozenset's hash, as CPython computes it.
    static func hash(_ s: UnsafeMutableRawPointer) -> Int64 {
        func shuffle(_ h: UInt64) -> UInt64 { ((h ^ 89869747) ^ (h << 16)) &* 3644798167 }
        var h: UInt64 = 0
        let n = int(s, mask) + 1
        for j in 0..<n { h ^= shuffle(UInt64(bitPattern: keyTable(s)[j].isEmpty && hashTable(s)[j] != -1 ? 0 : hashTable(s)[j])) }
        if (n - int(s, fill)) & 1 != 0 { h ^= shuffle(0) }
        if (int(s, fill) - int(s, used)) & 1 != 0 { h ^= shuffle(UInt64(bitPattern: -1)) }
        h ^= (UInt64(count(s)) + 1) &* 1927868237
        h ^= (h >> 11) ^ (h >> 25)
        h = h &* 69069 &+ 907133923
        if h == UInt64.max { h = 590923713 }
        return Int64(bitPattern: h)
    }
}
