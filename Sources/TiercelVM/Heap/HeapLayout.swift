#if canImport(Glibc)
import Glibc
#endif

/// Geometry of the VM heap.
///
/// Memory comes in 256 KiB chunks aligned to 256 KiB, so the chunk holding any
/// heap object is found by masking the object's address. A small-object chunk
/// ("block") is cut into cells of one size class; a large object gets a chunk
/// (or a run of them) of its own. Every chunk starts with a `ChunkHeader`.
public enum HeapLayout {
    public static let chunkShift = 18
    public static let chunkSize = 1 << chunkShift
    public static let chunkMask = ~UInt(chunkSize - 1)

    /// Cells are multiples of 16 bytes, so every object is 16-byte aligned.
    public static let granule = 16
    public static let maxCellsPerBlock = chunkSize / granule
    static let bitmapWords = maxCellsPerBlock / 64

    /// Bytes before the first cell of a block: header plus live and mark bitmaps.
    static let blockHeaderBytes = (MemoryLayout<ChunkHeader>.size + 2 * bitmapWords * 8 + granule - 1) / granule * granule

    /// Cell sizes. Objects larger than the last are large objects.
    public static let sizeClasses: [Int] = [
        16, 32, 48, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384, 448, 512,
        640, 768, 896, 1024, 1280, 1536, 1792, 2048, 2560, 3072, 4096, 5120, 6144, 8192,
        10240, 12288, 16384,
        // Medium objects (big ints of a few thousand digits, long strings) share
        // blocks, three or more to a chunk, instead of a chunk each.
        20480, 24576, 32768, 40960, 49152, 65536, 81920,
    ]
    public static let largestCell = sizeClasses[sizeClasses.count - 1]

    /// sizeClassIndex[(bytes + 15) / 16] is the smallest class that fits.
    static let sizeClassIndex: [UInt8] = {
        var table = [UInt8](repeating: 0, count: largestCell / granule + 1)
        var cls = 0
        for granules in 0...(largestCell / granule) {
            while sizeClasses[cls] < granules * granule { cls += 1 }
            table[granules] = UInt8(cls)
        }
        return table
    }()
}

/// The header at the start of every chunk.
struct ChunkHeader {
    /// 0 for a block of cells, 1 for a large object.
    var isLarge: UInt32
    var sizeClass: UInt32
    var cellSize: UInt32
    var cellCount: UInt32
    /// Large objects only: the object's size and its mark.
    var largeBytes: Int
    var largeMarked: UInt32
    var padding: UInt32
    /// Blocks: the next block of the same size class, for sweeping.
    var next: UnsafeMutableRawPointer?
}

/// Typed access to a block's header, bitmaps and cells.
struct Block {
    let base: UnsafeMutableRawPointer

    @inline(__always) init(_ base: UnsafeMutableRawPointer) { self.base = base }

    @inline(__always) init(containing p: UnsafeRawPointer) {
        base = UnsafeMutableRawPointer(bitPattern: UInt(bitPattern: p) & HeapLayout.chunkMask)!
    }

    @inline(__always) var header: UnsafeMutablePointer<ChunkHeader> {
        base.assumingMemoryBound(to: ChunkHeader.self)
    }

    @inline(__always) var liveBits: UnsafeMutablePointer<UInt64> {
        (base + MemoryLayout<ChunkHeader>.size).assumingMemoryBound(to: UInt64.self)
    }

    @inline(__always) var markBits: UnsafeMutablePointer<UInt64> {
        liveBits + HeapLayout.bitmapWords
    }

    @inline(__always) var firstCell: UnsafeMutableRawPointer { base + HeapLayout.blockHeaderBytes }

    @inline(__always) func cell(_ index: Int) -> UnsafeMutableRawPointer {
        firstCell + index * Int(header.pointee.cellSize)
    }

    /// The index of the cell containing `p` (interior pointers included), or
    /// nil when `p` is in the header or past the last cell.
    @inline(__always) func cellIndex(containing p: UnsafeRawPointer) -> Int? {
        let offset = UInt(bitPattern: p) &- UInt(bitPattern: firstCell)
        guard Int(bitPattern: offset) >= 0 else { return nil }
        let index = Int(offset) / Int(header.pointee.cellSize)
        return index < Int(header.pointee.cellCount) ? index : nil
    }

    @inline(__always) func isLive(_ i: Int) -> Bool { liveBits[i >> 6] & (1 << UInt64(i & 63)) != 0 }
    @inline(__always) func setLive(_ i: Int) { liveBits[i >> 6] |= 1 << UInt64(i & 63) }
    @inline(__always) func clearLive(_ i: Int) { liveBits[i >> 6] &= ~(1 << UInt64(i & 63)) }
    @inline(__always) func isMarked(_ i: Int) -> Bool { markBits[i >> 6] & (1 << UInt64(i & 63)) != 0 }
    @inline(__always) func setMarked(_ i: Int) { markBits[i >> 6] |= 1 << UInt64(i & 63) }
}

/// Maps and unmaps chunk-aligned memory.
enum ChunkAllocator {
    /// `count` contiguous chunks, aligned to the chunk size, zero-filled.
    static func map(chunks count: Int) -> UnsafeMutableRawPointer? {
        let size = count * HeapLayout.chunkSize
        // Over-map by one chunk, then trim to alignment.
        let raw = mmap(nil, size + HeapLayout.chunkSize, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
        guard let raw, raw != MAP_FAILED else { return nil }
        let start = UInt(bitPattern: raw)
        let aligned = (start + UInt(HeapLayout.chunkSize) - 1) & HeapLayout.chunkMask
        let head = aligned - start
        if head > 0 { munmap(raw, Int(head)) }
        let tail = UInt(HeapLayout.chunkSize) - head
        if tail > 0 { munmap(UnsafeMutableRawPointer(bitPattern: aligned + UInt(size)), Int(tail)) }
        return UnsafeMutableRawPointer(bitPattern: aligned)
    }

    static func unmap(_ p: UnsafeMutableRawPointer, chunks count: Int) {
        munmap(p, count * HeapLayout.chunkSize)
    }
}
