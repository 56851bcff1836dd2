/// Lookup of `\N{NAME}` escapes. Swift exposes scalar → name but not the
/// reverse, so the first lookup builds the reverse table once.
public enum UnicodeNames {
    nonisolated(unsafe) private static var table: [String: UInt32]? = nil

    public static func lookup(_ rawName: String) -> UInt32? {
        let name = rawName.uppercased()
        if table == nil { table = build() }
        if let v = table![name] { return v }
        // Hangul syllables and CJK ideographs have algorithmic names.
        if name.hasPrefix("CJK UNIFIED IDEOGRAPH-"), let v = UInt32(name.dropFirst(22), radix: 16),
           let s = Unicode.Scalar(v), s.properties.name == name {
            return v
        }
        return nil
    }

    private static func build() -> [String: UInt32] {
        var t: [String: UInt32] = [:]
        t.reserveCapacity(40000)
        for v in UInt32(0)...0x10FFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            let p = s.properties
            if let n = p.name, !n.hasPrefix("CJK UNIFIED IDEOGRAPH-") { t[n] = v }
            if let a = p.nameAlias { t[a] = v }
        }
        return t
    }
}
