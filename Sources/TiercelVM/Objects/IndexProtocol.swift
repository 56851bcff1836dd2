/// The `__index__` protocol (operator.index): what lets an object stand for
/// an int in subscripts, slices, range(), hex() and the like.
extension Runtime {
    /// The exact int `v` stands for: ints and bools themselves, a boxed int
    /// subclass instance's value, or a class's `__index__` result; nil when
    /// `v` has none of these.
    func indexValue(_ v: Value) throws -> Value? {
        if v.isSmallInt || IntArithmetic.isBigInt(v) { return v }
        if v.isBool { return Value(uncheckedSmallInt: v == .true ? 1 : 0) }
        if let m = try userMethod(v, "__index__") {
            let r = try callSpecial(m, v, [])
            if r.isSmallInt || IntArithmetic.isBigInt(r) { return r }
            if ImmutableSubclass.isBoxed(r), IntArithmetic.isInt(ImmutableSubclass.unboxed(r)) { return ImmutableSubclass.unboxed(r) }
            throw PythonError("TypeError", "__index__ returned non-int (type \(typeName(r)))")
        }
        if ImmutableSubclass.isBoxed(v), IntArithmetic.isInt(ImmutableSubclass.unboxed(v)) { return ImmutableSubclass.unboxed(v) }
        return nil
    }

    /// indexValue, or CPython's "cannot be interpreted as an integer" TypeError.
    func requireIndex(_ v: Value) throws -> Value {
        if let i = try indexValue(v) { return i }
        throw PythonError("TypeError", "'\(typeName(v))' object cannot be interpreted as an integer")
    }
}
