/// Python dicts: insertion-ordered hash tables laid out like CPython's compact
/// dict — a sparse index table pointing into a dense array of entries, so
/// iteration follows insertion order and the entries stay compact.
///
/// The dict object itself is a value vector of six slots, all Values, so the
/// collector traces it like any vector:
///
///     0 used       live entries (small int)
///     1 filled     entries written, deleted ones included (small int)
///     2 version    the keys version: bumped when a key is added or removed or
///                  the tables are rebuilt, not when a value is replaced, so a
///                  cached entry position holds while it is unchanged
///     3 indices    leaf object: [header][capacity: Int][Int32 × capacity]
///                  (-1 empty, -2 deleted, else an entry number)
///     4 hashes     leaf object: [header][Int64 × entry capacity]
///     5 entries    value vector: key, value, key, value, ... (`empty` when deleted)
public enum DictObject {
    static let usedSlot = 0, filledSlot = 1, versionSlot = 2, indicesSlot = 3, hashesSlot = 4, entriesSlot = 5
    public static let minimumCapacity = 8
    static let emptyIndex: Int32 = -1
    static let deletedIndex: Int32 = -2

    public static func isDict(_ v: Value) -> Bool { v.isObject && v.asObject.objectKind == .dict }

    /// `extraSlots` Values follow the six (a defaultdict's factory).
    public static func make(_ heap: Heap, capacity: Int = minimumCapacity, extraSlots: Int = 0) throws -> Value {
        guard let d = heap.allocate(bytes: ValueVector.bytes(count: 6 + extraSlots), layout: .valueVector) else {
            throw PythonError("MemoryError", "")
        }
        d.objectKind = .dict
        d.storeBytes(of: 6 + extraSlots, toByteOffset: ValueVector.countOffset, as: Int.self)
        let slots = ValueVector.values(d)
        for i in 0..<extraSlots { slots[6 + i] = .none }
        slots[usedSlot] = Value(uncheckedSmallInt: 0)
        slots[filledSlot] = Value(uncheckedSmallInt: 0)
        slots[versionSlot] = Value(uncheckedSmallInt: 0)
        try allocateTables(heap, d, capacity: capacity)
        return Value(object: d)
    }

    private static func allocateTables(_ heap: Heap, _ d: UnsafeMutableRawPointer, capacity: Int) throws {
        let entryCapacity = capacity * 2 / 3
        guard let indices = heap.allocate(bytes: 24 + 4 * capacity, layout: .leaf),
              let hashes = heap.allocate(bytes: 16 + 8 * entryCapacity, layout: .leaf),
              let entries = heap.allocate(bytes: ValueVector.bytes(count: 2 * entryCapacity), layout: .valueVector)
        else { throw PythonError("MemoryError", "") }
        indices.storeBytes(of: capacity, toByteOffset: 16, as: Int.self)
        let slots = (indices + 24).assumingMemoryBound(to: Int32.self)
        for i in 0..<capacity { slots[i] = emptyIndex }
        entries.storeBytes(of: 2 * entryCapacity, toByteOffset: ValueVector.countOffset, as: Int.self)
        let values = ValueVector.values(entries)
        for i in 0..<(2 * entryCapacity) { values[i] = .empty }
        let dictSlots = ValueVector.values(d)
        dictSlots[indicesSlot] = Value(object: indices)
        dictSlots[hashesSlot] = Value(object: hashes)
        dictSlots[entriesSlot] = Value(object: entries)
    }

    // MARK: Accessors

    @inline(__always) static func slots(_ d: UnsafeMutableRawPointer) -> UnsafeMutablePointer<Value> {
        ValueVector.values(d)
    }

    public static func count(_ d: UnsafeMutableRawPointer) -> Int { Int(slots(d)[usedSlot].asSmallInt) }
    public static func version(_ d: UnsafeMutableRawPointer) -> Int64 { slots(d)[versionSlot].asSmallInt }
    static func filled(_ d: UnsafeMutableRawPointer) -> Int { Int(slots(d)[filledSlot].asSmallInt) }

    static func indexCapacity(_ d: UnsafeMutableRawPointer) -> Int {
        slots(d)[indicesSlot].asObject.load(fromByteOffset: 16, as: Int.self)
    }

    static func indexTable(_ d: UnsafeMutableRawPointer) -> UnsafeMutablePointer<Int32> {
        (slots(d)[indicesSlot].asObject + 24).assumingMemoryBound(to: Int32.self)
    }

    static func hashTable(_ d: UnsafeMutableRawPointer) -> UnsafeMutablePointer<Int64> {
        (slots(d)[hashesSlot].asObject + 16).assumingMemoryBound(to: Int64.self)
    }

    static func entryTable(_ d: UnsafeMutableRawPointer) -> UnsafeMutablePointer<Value> {
        ValueVector.values(slots(d)[entriesSlot].asObject)
    }

    static func entryCapacity(_ d: UnsafeMutableRawPointer) -> Int {
        ValueVector.count(slots(d)[entriesSlot].asObject) / 2
    }

    static func bumpVersion(_ d: UnsafeMutableRawPointer) {
        slots(d)[versionSlot] = Value(uncheckedSmallInt: (slots(d)[versionSlot].asSmallInt + 1) & Value.smallIntMax)
    }

    // MARK: Probing

    /// The index-table slot holding `key`, or where it would go (the first
    /// deleted slot passed, else the empty slot that ended the probe).
    private static func probe(_ d: UnsafeMutableRawPointer, _ key: Value, _ hash: Int64, _ ops: ValueOps) throws
        -> (slot: Int, entry: Int?) {
        let mask = UInt64(indexCapacity(d) - 1)
        var perturb = UInt64(bitPattern: hash)
        var i = perturb & mask
        var firstDeleted: Int? = nil
        while true {
            // Reload each time: an __eq__ could have resized the table (once classes exist).
            let index = indexTable(d)[Int(i)]
            if index == emptyIndex { return (firstDeleted ?? Int(i), nil) }
            if index == deletedIndex {
                if firstDeleted == nil { firstDeleted = Int(i) }
            } else {
                let e = Int(index)
                let candidate = entryTable(d)[2 * e]
                if candidate.bits == key.bits { return (Int(i), e) }
                if hashTable(d)[e] == hash, try ops.equal(candidate, key) { return (Int(i), e) }
            }
            perturb >>= 5
            i = (i &* 5 &+ perturb &+ 1) & mask
        }
    }

    // MARK: Operations

    /// The entry number holding `key`: its value is `entryTable(d)[2 * e + 1]`
    /// for as long as the keys version stays the same.
    static func entry(_ d: UnsafeMutableRawPointer, _ key: Value, _ ops: ValueOps) throws -> Int? {
        try probe(d, key, try ops.hash(key), ops).entry
    }

    public static func get(_ d: UnsafeMutableRawPointer, _ key: Value, _ ops: ValueOps) throws -> Value? {
        let hash = try ops.hash(key)
        guard let e = try probe(d, key, hash, ops).entry else { return nil }
        return entryTable(d)[2 * e + 1]
    }

    public static func set(_ heap: Heap, _ d: UnsafeMutableRawPointer, _ key: Value, _ value: Value,
                           _ ops: ValueOps) throws {
        let hash = try ops.hash(key)
        let (slot, existing) = try probe(d, key, hash, ops)
        if let e = existing {
            entryTable(d)[2 * e + 1] = value
            return
        }
        if filled(d) >= entryCapacity(d) {
            try resize(heap, d, ops)
            try set(heap, d, key, value, ops)
            return
        }
        let e = filled(d)
        entryTable(d)[2 * e] = key
        entryTable(d)[2 * e + 1] = value
        hashTable(d)[e] = hash
        indexTable(d)[slot] = Int32(e)
        slots(d)[filledSlot] = Value(uncheckedSmallInt: Int64(e + 1))
        slots(d)[usedSlot] = Value(uncheckedSmallInt: Int64(count(d) + 1))
        bumpVersion(d)
    }

    /// Removes `key`; returns whether it was present.
    @discardableResult
    public static func delete(_ d: UnsafeMutableRawPointer, _ key: Value, _ ops: ValueOps) throws -> Bool {
        let hash = try ops.hash(key)
        let (slot, existing) = try probe(d, key, hash, ops)
        guard let e = existing else { return false }
        indexTable(d)[slot] = deletedIndex
        entryTable(d)[2 * e] = .empty
        entryTable(d)[2 * e + 1] = .empty
        slots(d)[usedSlot] = Value(uncheckedSmallInt: Int64(count(d) - 1))
        bumpVersion(d)
        return true
    }

    /// Rebuilds the tables at a size that fits the live entries with room to
    /// grow, dropping deleted entries (insertion order is kept).
    private static func resize(_ heap: Heap, _ d: UnsafeMutableRawPointer, _ ops: ValueOps) throws {
        let oldEntries = slots(d)[entriesSlot].asObject
        let oldHashes = slots(d)[hashesSlot]
        let oldFilled = filled(d)
        var capacity = minimumCapacity
        while capacity * 2 / 3 < max(count(d) * 3, minimumCapacity) { capacity *= 2 }
        try allocateTables(heap, d, capacity: capacity)
        let oldValues = ValueVector.values(oldEntries)
        let oldHashTable = (oldHashes.asObject + 16).assumingMemoryBound(to: Int64.self)
        var e = 0
        let mask = UInt64(capacity - 1)
        for old in 0..<oldFilled where !oldValues[2 * old].isEmpty {
            entryTable(d)[2 * e] = oldValues[2 * old]
            entryTable(d)[2 * e + 1] = oldValues[2 * old + 1]
            let hash = oldHashTable[old]
            hashTable(d)[e] = hash
            var perturb = UInt64(bitPattern: hash)
            var i = perturb & mask
            while indexTable(d)[Int(i)] != emptyIndex {
                perturb >>= 5
                i = (i &* 5 &+ perturb &+ 1) & mask
            }
            indexTable(d)[Int(i)] = Int32(e)
            e += 1
        }
        slots(d)[filledSlot] = Value(uncheckedSmallInt: Int64(e))
        bumpVersion(d)
        withExtendedLifetime(oldEntries) {}
    }

    /// Live (key, value) pairs in insertion order.
    public static func items(_ d: UnsafeMutableRawPointer) -> [(Value, Value)] {
        var result: [(Value, Value)] = []
        let entries = entryTable(d)
        for e in 0..<filled(d) where !entries[2 * e].isEmpty {
            result.append((entries[2 * e], entries[2 * e + 1]))
        }
        return result
    }
}
