/// Argument binding with argument clinic's messages, for natives whose
/// CPython counterparts parse positional-or-keyword parameters (`_sre`,
/// itertools). `receiver` says args[0] is self and not a parameter.
enum ClinicArguments {
    static func bind(_ rt: Runtime, _ function: String, _ args: UnsafeBufferPointer<Value>,
                     _ names: [String], required: Int, receiver: Bool = true) throws -> [Value?] {
        let first = receiver ? 1 : 0
        let positional = args.count - first
        if positional > names.count {
            throw PythonError("TypeError", "\(function)() takes at most \(names.count) argument\(names.count == 1 ? "" : "s") (\(positional) given)")
        }
        var bound = [Value?](repeating: nil, count: names.count)
        for i in 0..<positional { bound[i] = args[i + first] }
        for (name, value) in rt.pendingKeywords {
            guard let i = names.firstIndex(of: name) else {
                throw PythonError("TypeError", "'\(name)' is an invalid keyword argument for \(function)()")
            }
            if i < positional {
                throw PythonError("TypeError", "argument for \(function)() given by name ('\(name)') and position (\(i + 1))")
            }
            bound[i] = value
        }
        for i in 0..<required where bound[i] == nil {
            throw PythonError("TypeError", "\(function)() missing required argument '\(names[i])' (pos \(i + 1))")
        }
        return bound
    }

    /// A Py_ssize_t argument.
    static func size(_ rt: Runtime, _ v: Value?, default d: Int) throws -> Int {
        guard let v else { return d }
        return try BuiltinMethods.index(rt, try rt.requireIndex(v))
    }
}
