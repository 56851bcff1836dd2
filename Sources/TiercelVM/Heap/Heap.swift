#if canImport(Glibc)
import Glibc
#endif
import CTiercelVMSupport

/// The VM-owned heap: size-class segregated cells in aligned blocks, a
/// large-object space, and a mark-sweep collector that is precise for heap
/// objects and registered root ranges (VM frames) and conservative for the
/// native stack and registers, interior pointers included.
///
/// Rule for Swift code: a Value or object pointer held in a Swift local is
/// safe (the native stack is scanned). One held only inside a Swift
/// collection, a class instance's stored property, or any other Swift heap
/// memory is invisible to the collector: keep it in a heap object reachable
/// from a root, or register it with `addRoot`.
public final class Heap {
    /// Allocation fails (and the VM raises MemoryError) beyond this many bytes.
    public var limit: Int
    /// Collect every N allocations when N > 0 (TIERCEL_GC_STRESS=N).
    public var stressInterval: Int

    public private(set) var bytesInUse = 0
    public private(set) var bytesMapped = 0
    public private(set) var collections = 0

    /// Allocation finds free cells in the live bitmaps: per size class, the
    /// block and bitmap word to look in next. Sweeping is then a bitmap copy
    /// (live = marked), 64 cells per step, with no free lists to rebuild.
    private var cursorBlocks: [UnsafeMutableRawPointer?]
    private var cursorWords: [Int]
    /// Blocks per size class, for sweeping.
    private var blocksByClass: [UnsafeMutableRawPointer?]
    /// Every chunk base (blocks and large objects), for conservative lookups.
    private var chunks = Set<UInt>()
    /// Large objects: base → chunk count.
    private var largeObjects: [UInt: Int] = [:]
    private var bytesSinceCollection = 0
    private var allocationsSinceStress = 0
    private var nextCollection: Int
    private var markStack: [UnsafeMutableRawPointer] = []
    private var rootRanges: [Int: () -> UnsafeMutableBufferPointer<Value>] = [:]
    private var nextRootID = 0
    private var collecting = false
    /// Freed large-object runs kept mapped, by chunk count, for reuse.
    private var spareLarge: [Int: [UnsafeMutableRawPointer]] = [:]
    private var spareLargeBytes = 0
    static let spareLargeLimit = 16 << 20
    /// A collection fell due while collection was held; the interpreter
    /// runs it at the next eval-breaker check (a loop back edge).
    public private(set) var collectionRequested = false
    /// While positive, allocation does not collect (see `withoutCollecting`).
    private var collectionHold = 0
    /// Every weak-vector object allocated and not yet found dead.
    private var weakObjects: [UnsafeMutableRawPointer] = []
    /// Live weak references whose referent died and whose callback (slot 1)
    /// has not run yet. They are roots until the runtime takes them, so a
    /// ref dropped meanwhile still reaches its callback.
    private var pendingWeakCallbacks: [UnsafeMutableRawPointer] = []
    /// Called after marking, before sweeping, with the mark test, so
    /// side tables of weak references can drop what is about to be freed.
    /// It must not allocate.
    public var onWeakPass: (((UnsafeMutableRawPointer) -> Bool) -> Void)?
    /// Runs at the start of each collection (the runtime's method cache clears itself).
    public var beforeCollection: (() -> Void)?

    public static let defaultLimit = 8 << 30
    static let initialCollectionThreshold = 8 << 20

    public init(limit: Int = Heap.defaultLimit, stressInterval: Int? = nil) {
        self.limit = limit
        self.stressInterval = stressInterval ?? Heap.stressIntervalFromEnvironment()
        cursorBlocks = Array(repeating: nil, count: HeapLayout.sizeClasses.count)
        cursorWords = Array(repeating: 0, count: HeapLayout.sizeClasses.count)
        blocksByClass = Array(repeating: nil, count: HeapLayout.sizeClasses.count)
        nextCollection = Heap.initialCollectionThreshold
    }

    deinit {
        for base in chunks {
            let count = largeObjects[base] ?? 1
            ChunkAllocator.unmap(UnsafeMutableRawPointer(bitPattern: base)!, chunks: count)
        }
        for (count, runs) in spareLarge {
            for base in runs { ChunkAllocator.unmap(base, chunks: count) }
        }
    }

    static func stressIntervalFromEnvironment() -> Int {
        guard let raw = getenv("TIERCEL_GC_STRESS") else { return 0 }
        return max(0, Int(String(cString: raw)) ?? 0)
    }

    // MARK: - Roots

    /// Registers `count()` Values starting at `base` as precise roots (a VM
    /// stack, a global table). Returns a token for `removeRoots`.
    public func addRoots(_ base: UnsafeMutablePointer<Value>, count: @escaping () -> Int) -> Int {
        addRoots { UnsafeMutableBufferPointer(start: base, count: count()) }
    }

    /// Registers a root range whose location may change (a growable table).
    public func addRoots(_ range: @escaping () -> UnsafeMutableBufferPointer<Value>) -> Int {
        nextRootID += 1
        rootRanges[nextRootID] = range
        return nextRootID
    }

    public func removeRoots(_ token: Int) {
        rootRanges[token] = nil
    }

    // MARK: - Allocation

    /// Runs `body` with collection held off. Constructors that take their
    /// contents as a Swift array (`vector(rt, kind:, [a, b])`) allocate
    /// while those values live only in the array's storage, which the
    /// collector does not scan; holding collection keeps them alive. The
    /// next allocation outside the hold collects if one was due.
    @inline(__always) public func withoutCollecting<T>(_ body: () throws -> T) rethrows -> T {
        collectionHold += 1
        defer { collectionHold -= 1 }
        return try body()
    }

    /// A zero-filled object of `bytes` bytes with its header's layout set, or
    /// nil when the heap limit would be exceeded even after collecting.
    /// `zeroed: false` is for leaf objects whose caller writes every byte
    /// (big ints copied from GMP): their contents are never traced.
    public func allocate(bytes: Int, layout: ObjectLayout, zeroed: Bool = true) -> UnsafeMutableRawPointer? {
        precondition(bytes >= ObjectHeader.size)
        // The budget is checked on every allocation, not only when a size
        // class runs out of cells: a loop that frees as much as it allocates
        // would otherwise grow the heap by blocks and never collect.
        if bytesSinceCollection >= nextCollection {
            if collectionHold == 0 {
                collect()
            } else if !collectionRequested {
                // Constructors hold collection (their contents sit in Swift
                // arrays); a loop allocating only through them still collects.
                collectionRequested = true
                tiercel_set_breaker()
            }
        }
        if stressInterval > 0 && collectionHold == 0 {
            allocationsSinceStress += 1
            if allocationsSinceStress >= stressInterval {
                allocationsSinceStress = 0
                collect()
            }
        }
        let object: UnsafeMutableRawPointer
        if bytes > HeapLayout.largestCell {
            guard let large = allocateLarge(bytes, zeroed: zeroed || layout != .leaf) else { return nil }
            object = large
        } else {
            let cls = Int(HeapLayout.sizeClassIndex[(bytes + HeapLayout.granule - 1) / HeapLayout.granule])
            guard let cell = allocateCell(cls, zeroed: zeroed || layout != .leaf) else { return nil }
            object = cell
        }
        object.objectHeader.pointee.kindAndFlags = UInt64(layout.rawValue)
        if layout == .weakVector { weakObjects.append(object) }
        return object
    }

    public func isMarked(_ object: UnsafeMutableRawPointer) -> Bool {
        let block = Block(containing: object)
        if block.header.pointee.isLarge != 0 { return block.header.pointee.largeMarked != 0 }
        guard let index = block.cellIndex(containing: object) else { return true }
        return block.isMarked(index)
    }

    /// After marking: forgets weak objects that died, and clears the
    /// referents of live ones whose referents died.
    private func clearDeadWeakReferences() {
        onWeakPass?(isMarked)
        weakObjects.removeAll { !isMarked($0) }
        for w in weakObjects {
            let referent = ValueVector.values(w)[0]
            if referent.isObject && !isMarked(referent.asObject) {
                ValueVector.values(w)[0] = .none
                if ValueVector.count(w) > 1 && !ValueVector.values(w)[1].isNone {
                    pendingWeakCallbacks.append(w)
                    tiercel_set_breaker()
                }
            }
        }
    }

    /// The weak references whose callbacks are due, oldest first; the
    /// caller roots them while it runs the callbacks.
    public func takePendingWeakCallbacks() -> [UnsafeMutableRawPointer] {
        defer { pendingWeakCallbacks = [] }
        return pendingWeakCallbacks
    }

    private func allocateCell(_ cls: Int, zeroed: Bool) -> UnsafeMutableRawPointer? {
        let size = HeapLayout.sizeClasses[cls]
        var cell = findFreeCell(cls)
        if cell == nil {
            if !reserve(size) { return nil }
            cell = findFreeCell(cls)
            if cell == nil {
                if !addBlock(cls) { return nil }
                cell = findFreeCell(cls)
            }
        }
        guard let cell else { return nil }
        if zeroed { memset(cell, 0, size) } else { memset(cell, 0, ObjectHeader.size) }
        bytesInUse += size
        bytesSinceCollection += size
        return cell
    }

    /// The next cell whose live bit is clear, from the class's cursor on
    /// (marking it live), or nil when every block of the class is full.
    @inline(__always) private func findFreeCell(_ cls: Int) -> UnsafeMutableRawPointer? {
        while let base = cursorBlocks[cls] {
            let block = Block(base)
            let count = Int(block.header.pointee.cellCount)
            let words = (count + 63) >> 6
            var w = cursorWords[cls]
            while w < words {
                var free = ~block.liveBits[w]
                if w == words - 1 && count & 63 != 0 { free &= (1 << UInt64(count & 63)) - 1 }
                if free != 0 {
                    let bit = free.trailingZeroBitCount
                    block.liveBits[w] |= 1 << UInt64(bit)
                    cursorWords[cls] = w
                    return block.cell(w << 6 | bit)
                }
                w += 1
            }
            cursorBlocks[cls] = block.header.pointee.next
            cursorWords[cls] = 0
        }
        return nil
    }

    /// Makes room for `bytes` more: collects when the growth budget is spent,
    /// and reports whether the heap limit still allows the allocation.
    private func reserve(_ bytes: Int) -> Bool {
        if collectionHold == 0 && (bytesSinceCollection + bytes >= nextCollection || bytesMapped + bytes > limit) {
            collect()
        }
        return bytesInUse + bytes <= limit
    }

    private func addBlock(_ cls: Int) -> Bool {
        let base: UnsafeMutableRawPointer
        if let spare = spareLarge[1]?.popLast() {
            // A chunk an earlier sweep emptied: its bitmaps may hold a large object's bytes.
            spareLargeBytes -= HeapLayout.chunkSize
            memset(spare, 0, HeapLayout.blockHeaderBytes)
            base = spare
        } else {
            if bytesMapped + HeapLayout.chunkSize > limit { dropSpares() }
            guard bytesMapped + HeapLayout.chunkSize <= limit, let fresh = ChunkAllocator.map(chunks: 1) else {
                return false
            }
            bytesMapped += HeapLayout.chunkSize
            base = fresh
        }
        chunks.insert(UInt(bitPattern: base))
        let block = Block(base)
        let size = HeapLayout.sizeClasses[cls]
        let count = (HeapLayout.chunkSize - HeapLayout.blockHeaderBytes) / size
        block.header.pointee = ChunkHeader(isLarge: 0, sizeClass: UInt32(cls), cellSize: UInt32(size),
                                           cellCount: UInt32(count), largeBytes: 0, largeMarked: 0, padding: 0,
                                           next: blocksByClass[cls])
        blocksByClass[cls] = base
        // A fresh (or cleared) chunk's live bits are all clear.
        cursorBlocks[cls] = base
        cursorWords[cls] = 0
        return true
    }

    /// A run of chunks no object uses any more: kept mapped for reuse while
    /// the spare pool is under its limit (a loop of big-int arithmetic would
    /// otherwise map, fault in and unmap a run per result), else unmapped.
    private func release(_ base: UnsafeMutableRawPointer, chunks count: Int) {
        if spareLargeBytes + count * HeapLayout.chunkSize <= Heap.spareLargeLimit {
            spareLarge[count, default: []].append(base)
            spareLargeBytes += count * HeapLayout.chunkSize
        } else {
            ChunkAllocator.unmap(base, chunks: count)
            bytesMapped -= count * HeapLayout.chunkSize
        }
    }

    /// Unmaps the spare pool: near the heap limit, runs kept for reuse at
    /// one size must not stop an allocation of another.
    private func dropSpares() {
        for (count, runs) in spareLarge {
            for base in runs { ChunkAllocator.unmap(base, chunks: count) }
            bytesMapped -= runs.count * count * HeapLayout.chunkSize
        }
        spareLarge = [:]
        spareLargeBytes = 0
    }

    /// The budget a large object spends: its bytes to whole pages (a
    /// fresh chunk's untouched pages cost no memory).
    @inline(__always) private static func largeCharge(_ bytes: Int) -> Int { (bytes + 4095) & ~4095 }

    private func allocateLarge(_ bytes: Int, zeroed: Bool) -> UnsafeMutableRawPointer? {
        let total = bytes + HeapLayout.granule * 4
        let count = (total + HeapLayout.chunkSize - 1) / HeapLayout.chunkSize
        let charge = Heap.largeCharge(bytes)
        if !reserve(charge) { return nil }
        let base: UnsafeMutableRawPointer
        if let spare = spareLarge[count]?.popLast() {
            // A run freed by an earlier sweep: its pages are resident, so no faults; only the object is cleared.
            spareLargeBytes -= count * HeapLayout.chunkSize
            base = spare
            if zeroed { memset(Heap.largeObject(in: base), 0, bytes) } else { memset(Heap.largeObject(in: base), 0, ObjectHeader.size) }
        } else {
            if bytesMapped + count * HeapLayout.chunkSize > limit { dropSpares() }
            guard bytesMapped + count * HeapLayout.chunkSize <= limit,
                  let fresh = ChunkAllocator.map(chunks: count) else { return nil }
            bytesMapped += count * HeapLayout.chunkSize
            base = fresh
        }
        bytesInUse += charge
        bytesSinceCollection += charge
        chunks.insert(UInt(bitPattern: base))
        largeObjects[UInt(bitPattern: base)] = count
        Block(base).header.pointee = ChunkHeader(isLarge: 1, sizeClass: 0, cellSize: 0, cellCount: 0,
                                                 largeBytes: bytes, largeMarked: 0, padding: 0, next: nil)
        return Heap.largeObject(in: base)
    }

    /// Large objects start one header-sized step into their chunk.
    @inline(__always) static func largeObject(in base: UnsafeMutableRawPointer) -> UnsafeMutableRawPointer {
        base + (MemoryLayout<ChunkHeader>.size + HeapLayout.granule - 1) / HeapLayout.granule * HeapLayout.granule
    }

    // MARK: - Queries

    /// The start of the live object containing `address`, if any. This is the
    /// conservative scanner's test, exposed for tests and debugging.
    public func objectContaining(_ address: UInt) -> UnsafeMutableRawPointer? {
        let base = address & HeapLayout.chunkMask
        guard chunks.contains(base) else { return nil }
        let block = Block(UnsafeMutableRawPointer(bitPattern: base)!)
        if block.header.pointee.isLarge != 0 {
            let object = Heap.largeObject(in: block.base)
            let start = UInt(bitPattern: object)
            return address >= start && address < start + UInt(block.header.pointee.largeBytes) ? object : nil
        }
        guard let p = UnsafeRawPointer(bitPattern: address), let index = block.cellIndex(containing: p),
              block.isLive(index) else { return nil }
        return block.cell(index)
    }

    // MARK: - Collection

    /// A full mark-sweep collection.
    public func collect() {
        if collecting { return }
        collecting = true
        defer { collecting = false }
        collections += 1
        collectionRequested = false
        beforeCollection?()
        markRoots()
        drainMarkStack()
        clearDeadWeakReferences()
        sweep()
        bytesSinceCollection = 0
        nextCollection = max(Heap.initialCollectionThreshold, bytesInUse)
    }

    private func markRoots() {
        for (_, range) in rootRanges {
            for v in range() { markValue(v) }
        }
        for w in pendingWeakCallbacks { mark(w) }
        // Conservative: the native stack and spilled registers.
        let context = Unmanaged.passUnretained(self).toOpaque()
        tiercel_scan_native_stack(context) { context, low, high in
            let heap = Unmanaged<Heap>.fromOpaque(context!).takeUnretainedValue()
            heap.scanConservatively(from: UInt(bitPattern: low), to: UInt(bitPattern: high))
        }
    }

    private func scanConservatively(from low: UInt, to high: UInt) {
        var address = (low + 7) & ~7
        while address + 8 <= high {
            let word = UnsafeRawPointer(bitPattern: address)!.load(as: UInt64.self)
            // A raw pointer, or a boxed one inside a Value.
            markConservative(UInt(word))
            if word >> Value.tagShift == Value.objectTag {
                markConservative(UInt(word & Value.payloadMask))
            }
            address += 8
        }
    }

    @inline(__always) private func markConservative(_ address: UInt) {
        guard address >= 4096, let object = objectContaining(address) else { return }
        mark(object)
    }

    @inline(__always) func markValue(_ v: Value) {
        if v.isObject { mark(v.asObject) }
    }

    /// Marks a known object start (precise reference).
    @inline(__always) func mark(_ object: UnsafeMutableRawPointer) {
        let block = Block(containing: object)
        if block.header.pointee.isLarge != 0 {
            if block.header.pointee.largeMarked != 0 { return }
            block.header.pointee.largeMarked = 1
        } else {
            guard let index = block.cellIndex(containing: object) else { return }
            if block.isMarked(index) { return }
            block.setMarked(index)
        }
        markStack.append(object)
    }

    private func drainMarkStack() {
        while let object = markStack.popLast() {
            trace(object)
        }
    }

    /// Marks everything `object` refers to, by its layout.
    private func trace(_ object: UnsafeMutableRawPointer) {
        let classWord = object.objectHeader.pointee.classWord
        // A nonzero class word is always a shape in this heap.
        if let shape = UnsafeMutableRawPointer(bitPattern: UInt(classWord)) {
            assert(chunks.contains(UInt(classWord) & HeapLayout.chunkMask), "class word outside the heap")
            mark(shape)
        }
        switch object.objectLayout {
        case .leaf:
            break
        case .valueVector:
            let values = ValueVector.values(object)
            for i in 0..<ValueVector.count(object) { markValue(values[i]) }
        case .weakVector:
            let values = ValueVector.values(object)
            for i in 1..<ValueVector.count(object) { markValue(values[i]) }
        }
        if object.hasFlag(ObjectFlags.trailingSlot) { markValue(Heap.trailingSlot(object).pointee) }
    }

    /// Bytes reserved for `object`: its cell, or a large object's requested size.
    static func allocatedBytes(_ object: UnsafeMutableRawPointer) -> Int {
        let block = Block(containing: object)
        if block.header.pointee.isLarge != 0 { return block.header.pointee.largeBytes }
        return Int(block.header.pointee.cellSize)
    }

    /// The last word of `object`'s allocation (see ObjectFlags.trailingSlot).
    static func trailingSlot(_ object: UnsafeMutableRawPointer) -> UnsafeMutablePointer<Value> {
        (object + (allocatedBytes(object) & ~7) - 8).assumingMemoryBound(to: Value.self)
    }

    private func sweep() {
        var live = 0
        for cls in 0..<HeapLayout.sizeClasses.count {
            var blockPointer = blocksByClass[cls]
            var previous: Block? = nil
            let size = HeapLayout.sizeClasses[cls]
            while let base = blockPointer {
                let block = Block(base)
                let words = (Int(block.header.pointee.cellCount) + 63) >> 6
                var survivors = 0
                for w in 0..<words {
                    let marked = block.markBits[w]
                    #if DEBUG
                    // Poison what dies: stale references then read garbage.
                    var dead = block.liveBits[w] & ~marked
                    while dead != 0 {
                        let bit = dead.trailingZeroBitCount
                        memset(block.cell(w << 6 | bit), 0xDB, size)
                        dead &= dead - 1
                    }
                    #endif
                    block.liveBits[w] = marked
                    block.markBits[w] = 0
                    survivors += marked.nonzeroBitCount
                }
                live += survivors * size
                blockPointer = block.header.pointee.next
                if survivors == 0 {
                    // An empty block leaves its class, so memory one size class
                    // used (big ints growing through the classes) is not kept from the others.
                    if let previous { previous.header.pointee.next = blockPointer } else { blocksByClass[cls] = blockPointer }
                    chunks.remove(UInt(bitPattern: base))
                    release(base, chunks: 1)
                } else {
                    previous = block
                }
            }
            cursorBlocks[cls] = blocksByClass[cls]
            cursorWords[cls] = 0
        }
        for (base, count) in largeObjects {
            let block = Block(UnsafeMutableRawPointer(bitPattern: base)!)
            if block.header.pointee.largeMarked != 0 {
                block.header.pointee.largeMarked = 0
                live += Heap.largeCharge(block.header.pointee.largeBytes)
            } else {
                largeObjects[base] = nil
                chunks.remove(base)
                release(block.base, chunks: count)
            }
        }
        bytesInUse = live
    }
}
