/// `_heapq`: the heap operations over a list, as CPython's C module
/// defines them (heapq.py imports them over its Python fallbacks). The
/// comparison sequence is CPython's, so a user `__lt__` sees the same calls,
/// and the C module's messages: an empty heap is "index out of range".
enum HeapqModule {
    static func make(_ rt: Runtime) throws -> Value {
        try NativeModules.module(rt, "_heapq") { rt, d in
            func list(_ v: Value, _ what: String) throws -> UnsafeMutableRawPointer {
                guard v.isObject, v.asObject.objectKind == .list else {
                    throw PythonError("TypeError", "\(what) must be list, not \(rt.typeName(v))")
                }
                return v.asObject
            }
            func pair(_ name: String, _ args: UnsafeBufferPointer<Value>) throws {
                if args.count != 2 { throw PythonError("TypeError", "\(name) expected 2 arguments, got \(args.count)") }
            }
            for maxHeap in [false, true] {
                let suffix = maxHeap ? "_max" : ""
                // The max-heap helpers exist only for heapify, pop and replace, as in CPython.
                if !maxHeap {
                    try NativeModules.function(rt, d, "heappush") { rt, args in
                        try pair("heappush", args)
                        let heap = try list(args[0], "heappush() argument 1")
                        try ListObject.append(rt, heap, args[1])
                        try siftDown(rt, heap, from: 0, ListObject.count(heap) - 1, maxHeap: false)
                        return .none
                    }
                    try NativeModules.function(rt, d, "heappushpop") { rt, args in
                        try pair("heappushpop", args)
                        let heap = try list(args[0], "heappushpop() argument 1")
                        if ListObject.count(heap) == 0 { return args[1] }
                        let top = ListObject.items(heap)[0]
                        guard try rt.truth(try rt.richCompare(.less, top, args[1])) else { return args[1] }
                        guard ListObject.count(heap) > 0 else { throw PythonError("IndexError", "index out of range") }
                        let smallest = ListObject.items(heap)[0]
                        ListObject.items(heap)[0] = args[1]
                        return try rt.withTemporaryRoots(1) { roots in
                            roots[0] = smallest
                            try siftUp(rt, heap, 0, maxHeap: false)
                            return roots[0]
                        }
                    }
                }
                try NativeModules.function(rt, d, "heappop" + suffix) { rt, args in
                    try Builtins.exactly(1, "_heapq.heappop" + suffix, args)
                    let heap = try list(args[0], "heappop\(suffix)() argument")
                    guard ListObject.count(heap) > 0 else { throw PythonError("IndexError", "index out of range") }
                    return try rt.withTemporaryRoots(1) { roots in
                        roots[0] = try ListObject.pop(rt, heap, nil)
                        if ListObject.count(heap) == 0 { return roots[0] }
                        let top = ListObject.items(heap)[0]
                        ListObject.items(heap)[0] = roots[0]
                        roots[0] = top
                        try siftUp(rt, heap, 0, maxHeap: maxHeap)
                        return roots[0]
                    }
                }
                try NativeModules.function(rt, d, "heapreplace" + suffix) { rt, args in
                    try pair("heapreplace" + suffix, args)
                    let heap = try list(args[0], "heapreplace\(suffix)() argument 1")
                    guard ListObject.count(heap) > 0 else { throw PythonError("IndexError", "index out of range") }
                    return try rt.withTemporaryRoots(1) { roots in
                        roots[0] = ListObject.items(heap)[0]
                        ListObject.items(heap)[0] = args[1]
                        try siftUp(rt, heap, 0, maxHeap: maxHeap)
                        return roots[0]
                    }
                }
                try NativeModules.function(rt, d, "heapify" + suffix) { rt, args in
                    try Builtins.exactly(1, "_heapq.heapify" + suffix, args)
                    let heap = try list(args[0], "heapify\(suffix)() argument")
                    var i = ListObject.count(heap) / 2 - 1
                    while i >= 0 {
                        try siftUp(rt, heap, i, maxHeap: maxHeap)
                        i -= 1
                    }
                    return .none
                }
            }
        }
    }

    /// Whether a comes before b: `a < b` for a min-heap, `b < a` for a max-heap.
    private static func before(_ rt: Runtime, _ a: Value, _ b: Value, maxHeap: Bool) throws -> Bool {
        try rt.truth(maxHeap ? try rt.richCompare(.less, b, a) : try rt.richCompare(.less, a, b))
    }

    private static func changedSize() -> PythonError {
        PythonError("RuntimeError", "list changed size during iteration")
    }

    /// Moves the item at `position` up towards `start` while it comes before its parent.
    private static func siftDown(_ rt: Runtime, _ heap: UnsafeMutableRawPointer, from start: Int, _ position: Int, maxHeap: Bool) throws {
        let size = ListObject.count(heap)
        var pos = position
        while pos > start {
            let parentPos = (pos - 1) >> 1
            let moves = try before(rt, ListObject.items(heap)[pos], ListObject.items(heap)[parentPos], maxHeap: maxHeap)
            // A comparison may have run Python code that resized the heap or
            // replaced items: swap what the list holds now, as CPython does.
            if ListObject.count(heap) != size { throw changedSize() }
            if !moves { break }
            let items = ListObject.items(heap)
            let parent = items[parentPos]
            items[parentPos] = items[pos]
            items[pos] = parent
            pos = parentPos
        }
    }

    /// Moves the item at `position` down to a leaf along the smaller
    /// children, then back up: CPython's siftup.
    private static func siftUp(_ rt: Runtime, _ heap: UnsafeMutableRawPointer, _ position: Int, maxHeap: Bool) throws {
        let end = ListObject.count(heap)
        let start = position
        var pos = position
        var child = 2 * pos + 1
        while child < end {
            let right = child + 1
            if right < end {
                let items = ListObject.items(heap)
                let leftFirst = try before(rt, items[child], items[right], maxHeap: maxHeap)
                if ListObject.count(heap) != end { throw changedSize() }
                if !leftFirst { child = right }
            }
            let items = ListObject.items(heap)
            let moved = items[child]
            items[child] = items[pos]
            items[pos] = moved
            pos = child
            child = 2 * pos + 1
        }
        try siftDown(rt, heap, from: start, pos, maxHeap: maxHeap)
    }
}
