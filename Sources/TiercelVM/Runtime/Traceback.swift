import TiercelFrontEnd

/// CPython's report of an uncaught exception: the chain of causes and
/// contexts first, each with its traceback (frames, outermost first, with
/// their source lines), then `module.Type: message` and any notes.
/// Exception groups print as CPython's boxes: each level of nesting is
/// indented two more columns behind a `|` margin, with a numbered
/// separator before each member (at most 15 members and 10 levels).
struct TracebackPrinter {
    unowned(unsafe) let runtime: Runtime
    static let maxGroupWidth = 15, maxGroupDepth = 10

    func render(_ e: Value) -> String {
        var seen = Set<UInt64>()
        var state = GroupState()
        return render(e, &seen, &state)
    }

    /// Where the printer is among nested groups.
    private struct GroupState {
        var depth = 0
        /// The closing line of a group is owned by its innermost last member.
        var needClose = false
        var indent: String { String(repeating: " ", count: 2 * depth) }
        var margin: String { depth > 0 ? indent + "| " : "" }
    }

    /// `text`'s lines behind the margin of the current depth.
    private func indented(_ text: String, _ state: GroupState, header: String? = nil) -> String {
        guard state.depth > 0 else { return text }
        var out = ""
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().enumerated() {
            out += (i == 0 && header != nil ? state.indent + header! : state.margin) + line + "\n"
        }
        return out
    }

    private func render(_ e: Value, _ seen: inout Set<UInt64>, _ state: inout GroupState) -> String {
        seen.insert(e.bits)
        var out = ""
        let fields = ValueVector.values(e.asObject)
        let cause = fields[ExceptionObject.causeField]
        let context = fields[ExceptionObject.contextField]
        if ExceptionObject.isInstance(cause) && !seen.contains(cause.bits) {
            out += render(cause, &seen, &state)
            out += indented("\nThe above exception was the direct cause of the following exception:\n\n", state)
        } else if ExceptionObject.isInstance(context) && fields[ExceptionObject.suppressField] != .true
                    && !seen.contains(context.bits) {
            out += render(context, &seen, &state)
            out += indented("\nDuring handling of the above exception, another exception occurred:\n\n", state)
        }
        guard ExceptionGroups.isGroup(runtime, e) else {
            return out + indented(frames(e, group: false) + summary(e), state)
        }
        if state.depth > TracebackPrinter.maxGroupDepth {
            return out + state.margin + "... (max_group_depth is \(TracebackPrinter.maxGroupDepth))\n"
        }
        let outermost = state.depth == 0
        if outermost { state.depth = 1 }
        let traceback = frames(e, group: true)
        out += indented(traceback + summary(e), state, header: !traceback.isEmpty && state.depth == 1 ? "+ " : nil)
        let members = ExceptionGroups.exceptions(e)
        let shown = min(members.count, TracebackPrinter.maxGroupWidth + 1)
        state.needClose = false
        for i in 0..<shown {
            let last = i == shown - 1
            if last { state.needClose = true }
            out += state.indent + (i == 0 ? "+-" : "  ")
            out += i < TracebackPrinter.maxGroupWidth ? "+---------------- \(i + 1) ----------------\n" : "+---------------- ... ----------------\n"
            state.depth += 1
            if i < TracebackPrinter.maxGroupWidth {
                out += render(members[i], &seen, &state)
            } else {
                let remaining = members.count - TracebackPrinter.maxGroupWidth
                out += state.margin + "and \(remaining) more exception\(remaining > 1 ? "s" : "")\n"
            }
            if last && state.needClose {
                out += state.indent + "+------------------------------------\n"
                state.needClose = false
            }
            state.depth -= 1
        }
        if outermost { state.depth = 0 }
        return out
    }

    private func frames(_ e: Value, group: Bool) -> String {
        let entries = TracebackObject.entries(ValueVector.values(e.asObject)[ExceptionObject.tracebackField])
        let n = entries.count
        guard n > 0 else { return "" }
        var out = group ? "Exception Group Traceback (most recent call last):\n" : "Traceback (most recent call last):\n"
        // CPython prints at most the innermost 1000 entries, and collapses a
        // frame line repeated more than three times in a row.
        let cutoff = 3
        var last: (String, Int, String)? = nil
        var repeats = 0
        func repeated() {
            if repeats > cutoff {
                let n = repeats - cutoff
                out += "  [Previous line repeated \(n) more time\(n > 1 ? "s" : "")]\n"
            }
        }
        for entry in entries.suffix(1000) {
            let fields = ValueVector.values(entry)
            let code = FrameObject.block(runtime, fields[TracebackObject.frame].asObject)
            let pc = Int(fields[TracebackObject.pc].asSmallInt)
            let line = Int(fields[TracebackObject.line].asSmallInt)
            if last == nil || last! != (code.fileName, line, code.name) {
                repeated()
                last = (code.fileName, line, code.name)
                repeats = 0
            }
            repeats += 1
            if repeats > cutoff { continue }
            out += "  File \"\(code.fileName)\", line \(line), in \(code.name)\n"
            if let source = runtime.sources[code.fileName] {
                let full = source.lineText(line)
                let text = full.drop { $0 == " " || $0 == "\t" || $0 == "\u{0C}" }
                if !text.isEmpty {
                    out += "    \(text)\n"
                    if pc < code.positions.count, let carets = Carets.line(full, code.positions[pc]) { out += carets }
                }
            }
        }
        repeated()
        return out
    }

    private func summary(_ e: Value) -> String {
        let rt = runtime
        let t = rt.typeOf(e).asObject
        // __module__ as Python reads it: a class may have been given another one.
        let moduleValue = (try? rt.getAttrOrNil(Value(object: t), rt.intern("__module__"))) ?? nil
        let module = moduleValue.map { StrObject.isStr($0) ? rt.swiftString($0) : "" } ?? rt.swiftString(TypeObject.field(t, TypeObject.module))
        let qualname = rt.swiftString(TypeObject.field(t, TypeObject.qualname))
        let name = module == "builtins" || module == "__main__" ? qualname : "\(module).\(qualname)"
        var message = (try? rt.str(e)) ?? "<exception str() failed>"
        if let suggestion = Suggestions.forException(rt, e) { message += ". Did you mean: '\(suggestion)'?" }
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

/// CPython 3.11's "Did you mean" for uncaught NameError and AttributeError:
/// the closest name by its weighted Levenshtein distance (case changes cost
/// half), among the frame's variables, globals and builtins, or dir(obj).
enum Suggestions {
    static let maxCandidates = 750, maxStringSize = 40, moveCost = 2, caseCost = 1

    static func forException(_ rt: Runtime, _ e: Value) -> String? {
        guard let nameValue = try? Instance.get(rt, e.asObject, try rt.intern("name")), StrObject.isStr(nameValue) else { return nil }
        let name = rt.swiftString(nameValue)
        if rt.isException(e, "AttributeError") {
            guard let object = try? Instance.get(rt, e.asObject, try rt.intern("obj")),
                  let listing = try? Builtins.dir(rt, object) else { return nil }
            return best(name, Builtins.elements(listing).map { rt.swiftString($0) })
        }
        guard rt.isException(e, "NameError"), !rt.isException(e, "UnboundLocalError") else { return nil }
        guard let innermost = TracebackObject.entries(ValueVector.values(e.asObject)[ExceptionObject.tracebackField]).last else {
            return nil
        }
        let frame = ValueVector.values(innermost)[TracebackObject.frame].asObject
        let code = FrameObject.block(rt, frame)
        if let s = best(name, code.isModule ? [] : code.localNames) { return s }
        let globals = ValueVector.values(frame)[FrameObject.globals]
        if DictObject.isDict(globals), let s = best(name, DictObject.items(globals.asObject).map { rt.swiftString($0.0) }) { return s }
        return best(name, DictObject.items(rt.builtins.asObject).map { rt.swiftString($0.0) })
    }

    static func best(_ name: String, _ candidates: [String]) -> String? {
        if candidates.count >= maxCandidates { return nil }
        let a = Array(name.utf8)
        var bestDistance = Int.max
        var suggestion: String? = nil
        for item in candidates where item != name {
            let b = Array(item.utf8)
            var maxDistance = (a.count + b.count + 3) * moveCost / 6
            maxDistance = min(maxDistance, bestDistance - 1)
            let d = distance(a, b, maxDistance)
            if d > maxDistance { continue }
            if suggestion == nil || d < bestDistance {
                suggestion = item
                bestDistance = d
            }
        }
        return suggestion
    }

    static func substitutionCost(_ x: UInt8, _ y: UInt8) -> Int {
        if x & 31 != y & 31 { return moveCost }
        if x == y { return 0 }
        let lx = (0x41...0x5A).contains(x) ? x + 32 : x
        let ly = (0x41...0x5A).contains(y) ? y + 32 : y
        return lx == ly ? caseCost : moveCost
    }

    static func distance(_ first: [UInt8], _ second: [UInt8], _ maxCost: Int) -> Int {
        var a = ArraySlice(first), b = ArraySlice(second)
        while let x = a.first, let y = b.first, x == y { a = a.dropFirst(); b = b.dropFirst() }
        while let x = a.last, let y = b.last, x == y { a = a.dropLast(); b = b.dropLast() }
        if a.isEmpty || b.isEmpty { return (a.count + b.count) * moveCost }
        if a.count > maxStringSize || b.count > maxStringSize { return maxCost + 1 }
        if b.count < a.count { swap(&a, &b) }
        if (b.count - a.count) * moveCost > maxCost { return maxCost + 1 }
        let aa = Array(a), bb = Array(b)
        var buffer = (0..<aa.count).map { ($0 + 1) * moveCost }
        var result = 0
        for (bIndex, code) in bb.enumerated() {
            var distance = bIndex * moveCost
            result = distance
            var minimum = Int.max
            for index in 0..<aa.count {
                let substitute = distance + substitutionCost(code, aa[index])
                distance = buffer[index]
                let insertDelete = min(result, distance) + moveCost
                result = min(insertDelete, substitute)
                buffer[index] = result
                minimum = min(minimum, result)
            }
            if minimum > maxCost { return maxCost + 1 }
        }
        return result
    }
}

/// The indicator line CPython 3.11 prints under a traceback's source line:
/// `^` under the failing expression, or `~` for the operands and `^` for the
/// operator (or subscript) when the expression is a binary operation or a
/// subscript; nothing when it spans the whole line.
enum Carets {
    static func line(_ full: String, _ p: Position32) -> String? {
        guard p.line > 0, p.col >= 0, p.endCol >= 0 else { return nil }
        let bytes = Array(full.utf8)
        func characters(_ byteOffset: Int) -> Int {
            String(decoding: bytes[0..<min(max(byteOffset, 0), bytes.count)], as: UTF8.self).count
        }
        let chars = Array(full)
        var truncation = 0
        while truncation < chars.count && (chars[truncation] == " " || chars[truncation] == "\t" || chars[truncation] == "\u{0C}") {
            truncation += 1
        }
        let stripped = chars.count - truncation
        let start = characters(Int(p.col))
        var end = characters(Int(p.endCol))
        var left = -1, right = -1
        if p.line == p.endLine {
            if start <= end && end <= chars.count, let (l, r) = anchors(String(chars[start..<end])) {
                left = l + start
                right = r + start
            }
        } else {
            var i = chars.count - 1
            while i >= 0 && (chars[i] == " " || chars[i] == "\t" || chars[i] == "\u{0C}") { i -= 1 }
            end = i + 1
        }
        let special = left != -1 || right != -1
        if end - start == stripped && !special { return nil }
        var out = "    "
        var offset = truncation
        while offset + 1 <= end {
            offset += 1
            if offset <= start { out += " " } else if special && left < offset && offset <= right { out += "^" } else { out += special ? "~" : "^" }
        }
        return out + "\n"
    }

    /// For a segment that parses as one binary operation or subscript: the
    /// character range of its operator (or of `[...]`) within the segment.
    static func anchors(_ segment: String) -> (Int, Int)? {
        guard let source = try? Source(fileName: "<segment>", raw: Array(segment.utf8)),
              let module = try? Parser.parseModule(source), module.body.count == 1,
              case .expr(let e) = module.body[0].kind else { return nil }
        let bytes = Array(segment.utf8)
        func characters(_ b: Int) -> Int { String(decoding: bytes[0..<min(max(b, 0), bytes.count)], as: UTF8.self).count }
        switch e.kind {
        case .binOp(let l, _, let r):
            guard l.position.endLine == l.position.line || true else { return nil }
            var i = Int(l.position.endCol)
            // Operand positions are on the segment's first line when it is one line.
            while i < Int(r.position.col) && i < bytes.count {
                if bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0C || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1; continue }
                var j = i + 1
                if j < Int(r.position.col) && j < bytes.count && !(bytes[j] == 0x20 || bytes[j] == 0x09 || bytes[j] == 0x0C) { j += 1 }
                return (characters(i), characters(j))
            }
            return nil
        case .subscript(let value, let index, _):
            return (characters(Int(value.position.endCol)), characters(Int(index.position.endCol) + 1))
        default:
            return nil
        }
    }
}
