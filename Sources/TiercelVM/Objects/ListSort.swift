/// The shape of CPython's timsort: natural runs found by count_run
/// (descending ones reversed), short runs extended to minrun by binary
/// insertion, runs merged stably. Small lists (under 64 items) are sorted
/// with exactly CPython's sequence of `<` calls, so which comparison raises
/// first, and what a key-counting test observes, match CPython; longer ones
/// merge without galloping and may compare in another order.
enum ListSort {
    static func sort(_ a: inout [Int], _ less: (Int, Int) throws -> Bool) throws {
        let n = a.count
        if n < 2 { return }
        let minrun = minimumRun(n)
        var runs: [(start: Int, count: Int)] = []
        var lo = 0
        while lo < n {
            var (count, descending) = try countRun(a, lo, n, less)
            if descending { a[lo..<(lo + count)].reverse() }
            if count < minrun {
                let force = min(minrun, n - lo)
                try binaryInsertion(&a, lo, lo + force, lo + count, less)
                count = force
            }
            runs.append((lo, count))
            try collapse(&a, &runs, force: false, less)
            lo += count
        }
        try collapse(&a, &runs, force: true, less)
    }

    private static func minimumRun(_ total: Int) -> Int {
        var n = total, r = 0
        while n >= 64 { r |= n & 1; n >>= 1 }
        return n + r
    }

    private static func countRun(_ a: [Int], _ lo: Int, _ hi: Int, _ less: (Int, Int) throws -> Bool) throws -> (Int, Bool) {
        if lo + 1 == hi { return (1, false) }
        var i = lo + 2
        if try less(a[lo + 1], a[lo]) {
            while i < hi, try less(a[i], a[i - 1]) { i += 1 }
            return (i - lo, true)
        }
        while i < hi, !(try less(a[i], a[i - 1])) { i += 1 }
        return (i - lo, false)
    }

    /// Sorts a[lo..<hi] given that a[lo..<start] is already sorted.
    private static func binaryInsertion(_ a: inout [Int], _ lo: Int, _ hi: Int, _ start: Int, _ less: (Int, Int) throws -> Bool) throws {
        for s in start..<hi {
            let pivot = a[s]
            var l = lo, r = s
            while l < r {
                let p = l + (r - l) >> 1
                if try less(pivot, a[p]) { r = p } else { l = p + 1 }
            }
            var k = s
            while k > l { a[k] = a[k - 1]; k -= 1 }
            a[l] = pivot
        }
    }

    /// Keeps run lengths decreasing like Fibonacci numbers so merges stay
    /// balanced (timsort's classic invariant), or merges everything when forced.
    private static func collapse(_ a: inout [Int], _ runs: inout [(start: Int, count: Int)], force: Bool, _ less: (Int, Int) throws -> Bool) throws {
        while runs.count > 1 {
            var i = runs.count - 2
            if force {
                if i > 0 && runs[i - 1].count < runs[i + 1].count { i -= 1 }
            } else if i > 0 && runs[i - 1].count <= runs[i].count + runs[i + 1].count {
                if runs[i - 1].count < runs[i + 1].count { i -= 1 }
            } else if runs[i].count > runs[i + 1].count {
                return
            }
            try merge(&a, runs[i].start, runs[i].count, runs[i + 1].count, less)
            runs[i].count += runs[i + 1].count
            runs.remove(at: i + 1)
        }
    }

    private static func merge(_ a: inout [Int], _ start: Int, _ leftCount: Int, _ rightCount: Int, _ less: (Int, Int) throws -> Bool) throws {
        let left = Array(a[start..<(start + leftCount)])
        var i = 0, j = start + leftCount, k = start
        let end = j + rightCount
        // On a raising comparison the remaining items go back in place, so
        // the list stays a permutation of its input as in CPython.
        defer {
            while i < left.count { a[k] = left[i]; i += 1; k += 1 }
        }
        while i < left.count && j < end {
            if try less(a[j], left[i]) { a[k] = a[j]; j += 1 } else { a[k] = left[i]; i += 1 }
            k += 1
        }
    }
}
