/// The method cache behind TypeObject.lookup: 4096 entries of
/// [type version, name, result or `empty` for "absent"], indexed by a hash
/// of version and name. It is not a root (a stale entry must not keep a
/// deleted attribute's value alive); the heap clears it before every
/// collection, so no entry can outlive, and be matched by the reused
/// address of, a name or result the collection frees.
/// Versions are unique across types and change on every change to a type or
/// any base (TypeObject.invalidate), which is what keeps entries true; code
/// that writes a type's dict must go through TypeObject.setInDict or
/// invalidate, and Python code sees type.__dict__ as a read-only proxy.
final class LookupCache {
    static let entries = 4096
    let slots: UnsafeMutablePointer<Value>

    init(heap: Heap) {
        slots = .allocate(capacity: LookupCache.entries * 3)
        slots.initialize(repeating: .none, count: LookupCache.entries * 3)
        let slots = self.slots
        heap.beforeCollection = { slots.update(repeating: .none, count: LookupCache.entries * 3) }
    }

    @inline(__always) func entry(_ version: Value, _ name: Value) -> UnsafeMutablePointer<Value> {
        // Multiplying carries the low bits that tell names and versions apart into the top 12 bits.
        let mixed = (version.bits ^ (name.bits &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
        return slots + Int(truncatingIfNeeded: mixed >> 52) * 3
    }
}
