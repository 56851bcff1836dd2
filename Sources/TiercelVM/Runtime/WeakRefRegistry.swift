import CTiercelVMSupport

/// Which weak references point at each object, so `weakref.ref(o)` without
/// a callback returns the one basic ref o already has (CPython shares it),
/// and getweakrefcount/getweakrefs can answer. Entries are raw addresses:
/// nothing is freed between collections, and the collector's weak pass
/// prunes refs and referents that are about to be swept.
extension Runtime {
    func registerWeakRef(_ w: UnsafeMutableRawPointer, to referent: Value) {
        weakRefsByReferent[UInt(bitPattern: referent.asObject), default: []].append(w)
    }

    /// The live refs to `referent`, oldest first.
    func weakRefs(to referent: Value) -> [UnsafeMutableRawPointer] {
        guard referent.isObject else { return [] }
        return (weakRefsByReferent[UInt(bitPattern: referent.asObject)] ?? []).filter {
            ValueVector.values($0)[0].bits == referent.bits
        }
    }

    /// The callback-less ref of exactly the ref type already made for `referent`.
    func basicWeakRef(to referent: Value, type: Value) -> Value? {
        weakRefs(to: referent).first { ValueVector.values($0)[1].isNone && typeOf(Value(object: $0)).bits == type.bits }
            .map { Value(object: $0) }
    }

    func pruneWeakRegistry(_ isMarked: (UnsafeMutableRawPointer) -> Bool) {
        for (address, refs) in weakRefsByReferent {
            guard let referent = UnsafeMutableRawPointer(bitPattern: address), isMarked(referent) else {
                weakRefsByReferent[address] = nil
                continue
            }
            let live = refs.filter(isMarked)
            if live.count != refs.count { weakRefsByReferent[address] = live.isEmpty ? nil : live }
        }
    }

    /// Calls each due callback once with its (now dead) ref. An exception in
    /// a callback is reported as "Exception ignored in:" and swallowed, as
    /// CPython does.
    func runWeakCallbacks() {
        let due = heap.takePendingWeakCallbacks()
        guard !due.isEmpty else { return }
        _ = try? withTemporaryRoots(due.count) { roots in
            for (i, w) in due.enumerated() { roots[i] = Value(object: w) }
            for w in due {
                let callback = ValueVector.values(w)[1]
                ValueVector.values(w)[1] = .none
                do {
                    _ = try call(callback, [Value(object: w)])
                } catch {
                    reportIgnored(error, in: callback)
                }
            }
        }
    }

    func reportIgnored(_ error: Error, in callable: Value, while what: String = "") {
        let exception: Value?
        switch error {
        case let raised as RaisedException: exception = raised.value
        case let python as PythonError: exception = try? ExceptionObject.instance(self, for: python)
        default: exception = nil
        }
        output.flush()
        errorOutput.write("Exception ignored \(what.isEmpty ? "in" : what): \((try? repr(callable)) ?? "<callback>")\n")
        if let exception { errorOutput.write(TracebackPrinter(runtime: self).render(exception)) }
        errorOutput.flush()
    }
}
