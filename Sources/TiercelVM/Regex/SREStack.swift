/// A growable stack of trivial values in malloc'd memory: the matcher's
/// choice points, trail and variables, pushed and popped on every
/// backtrack, without Array's uniqueness and bounds checks.
struct SREStack<Element> {
    private(set) var base: UnsafeMutablePointer<Element>
    var count = 0
    private var capacity: Int

    init(capacity: Int = 64) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    func release() { base.deallocate() }

    @inline(__always) mutating func push(_ e: Element) {
        if count == capacity { grow() }
        (base + count).initialize(to: e)
        count += 1
    }

    @inline(__always) mutating func pop() -> Element {
        count -= 1
        return base[count]
    }

    @inline(__always) subscript(i: Int) -> Element {
        get { base[i] }
        nonmutating set { base[i] = newValue }
    }

    @inline(__always) var top: UnsafeMutablePointer<Element> { base + (count - 1) }

    private mutating func grow() {
        let bigger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
        bigger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity *= 2
    }
}
