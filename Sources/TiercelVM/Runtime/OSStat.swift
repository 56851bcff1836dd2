#if canImport(Glibc)
import Glibc
#endif

/// os.stat / lstat / fstat and os.stat_result. The native `_stat` gives
/// the 19 values of a stat(2) call; stat_result (Python, below) is the
/// struct sequence over them: ten tuple items (whole-second times), the
/// rest as attributes only, as CPython's.
enum OSStat {
    static func install(_ rt: Runtime, _ d: UnsafeMutableRawPointer) throws {
        try NativeModules.function(rt, d, "_stat") { rt, args in
            // (path or fd, follow symlinks)
            var s = Glibc.stat()
            let result: Int32
            if args[0].isSmallInt {
                result = fstat(Int32(truncatingIfNeeded: args[0].asSmallInt), &s)
            } else {
                let path = try OSModule.string(rt, args[0], "stat")
                result = fstatat(AT_FDCWD, path, &s, try rt.truth(args[1]) ? 0 : AT_SYMLINK_NOFOLLOW)
            }
            guard result == 0 else {
                if args[0].isSmallInt {
                    let code = errno
                    throw PythonError.os("OSError", errno: code,
                                         strerror: String(cString: strerror(code)), filename: nil, shown: nil)
                }
                throw try OSModule.oserror(rt, args[0])
            }
            func int(_ v: Int64) -> Value { Value(uncheckedSmallInt: v) }
            func ns(_ t: timespec) throws -> Value {
                try rt.ints.make(Int64(t.tv_sec) * 1_000_000_000 + Int64(t.tv_nsec))
            }
            func seconds(_ t: timespec) -> Value { Value(double: Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9) }
            // Device, inode and nanosecond values may be heap ints: each is
            // rooted as it is made.
            let makers: [() throws -> Value] = [
                { int(Int64(s.st_mode)) }, { try rt.ints.make(Int64(bitPattern: UInt64(s.st_ino))) },
                { try rt.ints.make(Int64(bitPattern: UInt64(s.st_dev))) },
                { int(Int64(s.st_nlink)) }, { int(Int64(s.st_uid)) }, { int(Int64(s.st_gid)) }, { int(Int64(s.st_size)) },
                { int(Int64(s.st_atim.tv_sec)) }, { int(Int64(s.st_mtim.tv_sec)) }, { int(Int64(s.st_ctim.tv_sec)) },
                { seconds(s.st_atim) }, { seconds(s.st_mtim) }, { seconds(s.st_ctim) },
                { try ns(s.st_atim) }, { try ns(s.st_mtim) }, { try ns(s.st_ctim) },
                { int(Int64(s.st_blksize)) }, { int(Int64(s.st_blocks)) }, { try rt.ints.make(Int64(bitPattern: UInt64(s.st_rdev))) },
            ]
            return try rt.withTemporaryRoots(makers.count) { roots in
                for (i, make) in makers.enumerated() { roots[i] = try make() }
                return try rt.tuple(Array(UnsafeBufferPointer(start: roots, count: makers.count)))
            }
        }
    }

    static let python = """
    class stat_result(tuple):
        n_sequence_fields = 10
        n_fields = 19
        n_unnamed_fields = 3
        _names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size')
        _times = ('st_atime', 'st_mtime', 'st_ctime', 'st_atime_ns', 'st_mtime_ns', 'st_ctime_ns',
                  'st_blksize', 'st_blocks', 'st_rdev')

        def __new__(cls, values):
            values = tuple(values)
            self = tuple.__new__(cls, values[:10])
            self.__dict__.update(zip(cls._times, values[10:]))
            return self

        def __repr__(self):
            names = self._names + ('st_atime', 'st_mtime', 'st_ctime')
            return 'os.stat_result(' + ', '.join(f'{n}={v!r}' for n, v in zip(names, self)) + ')'

    for _i, _n in enumerate(stat_result._names):
        setattr(stat_result, _n, property(lambda self, _i=_i: self[_i]))
    stat_result.__module__ = 'os'
    del _i, _n

    def _path(path):
        if isinstance(path, (str, int)):
            return path
        if isinstance(path, (bytes, bytearray)):
            return bytes(path).decode()
        fspath = getattr(type(path), '__fspath__', None)
        if fspath is None:
            raise TypeError(f'stat: path should be string, bytes, os.PathLike or integer, not {type(path).__name__}')
        return _path(fspath(path))

    def stat(path, *, dir_fd=None, follow_symlinks=True):
        return stat_result(_stat(_path(path), follow_symlinks))

    def lstat(path, *, dir_fd=None):
        return stat_result(_stat(_path(path), False))

    def fstat(fd):
        return stat_result(_stat(fd, True))
    """
}
