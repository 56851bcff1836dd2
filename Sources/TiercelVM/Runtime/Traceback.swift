import TiercelFrontEnd

/// CPython's report of an uncaught exception: the chain of causes and
/// contexts first, each with its traceback (frames, outermost first, with
/// their source lines), then `module.Type: message` and any notes.
struct TracebackPrinter {
    unowned(unsafe) let runtime: Runtime

    func render(_ e: Value) -> String {
        var seen = Set<UInt64>()
        return render(e, &seen)
    }

    private func render(_ e: Value, _ seen: inout Set<UInt64>) -> String {
        seen.insert(e.bits)
        var out = ""
        let fields = ValueVector.values(e.asObject)
        let cause = fields[ExceptionObject.causeField]
        let context = fields[ExceptionObject.contextField]
        if ExceptionObject.isInstance(cause) && !seen.contains(cause.bits) {
            out += render(cause, &seen)
            out += "\nThe above exception was the direct cause of the following exception:\n\n"
        } else if ExceptionObject.isInstance(context) && fields[ExceptionObject.suppressField] != .true
                    && !seen.contains(context.bits) {
            out += render(context, &seen)
            out += "\nDuring handling of the above exception, another exception occurred:\n\n"
        }
        out += frames(e)
        out += summary(e)
        return out
    }

    private func frames(_ e: Value) -> String {
        let list = ValueVector.values(e.asObject)[ExceptionObject.tracebackField]
        guard list.isObject, list.asObject.objectKind == .list else { return "" }
        let l = list.asObject
        let n = ListObject.count(l) / 2
        guard n > 0 else { return "" }
        var out = "Traceback (most recent call last):\n"
        for k in stride(from: n - 1, through: 0, by: -1) {
            let code = runtime.codes[Int(ListObject.items(l)[2 * k].asSmallInt)]
            let pc = Int(ListObject.items(l)[2 * k + 1].asSmallInt)
            let line = code.line(at: pc)
            out += "  File \"\(code.fileName)\", line \(line), in \(code.name)\n"
            if let source = runtime.sources[code.fileName] {
                let text = source.lineText(line).drop { $0 == " " || $0 == "\t" || $0 == "\u{0C}" }
                if !text.isEmpty { out += "    \(text)\n" }
            }
        }
        return out
    }

    private func summary(_ e: Value) -> String {
        let rt = runtime
        let t = rt.typeOf(e).asObject
        let module = rt.swiftString(TypeObject.field(t, TypeObject.module))
        let qualname = rt.swiftString(TypeObject.field(t, TypeObject.qualname))
        let name = module == "builtins" || module == "__main__" ? qualname : "\(module).\(qualname)"
        let message = (try? rt.str(e)) ?? "<exception str() failed>"
        var out = message.isEmpty ? "\(name)\n" : "\(name): \(message)\n"
        if let notes = try? Instance.get(rt, e.asObject, try rt.intern("__notes__")),
           notes.isObject, notes.asObject.objectKind == .list {
            for i in 0..<ListObject.count(notes.asObject) {
                out += ((try? rt.str(ListObject.items(notes.asObject)[i])) ?? "") + "\n"
            }
        }
        return out
    }
}
