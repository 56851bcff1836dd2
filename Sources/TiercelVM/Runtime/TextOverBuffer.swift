/// io.TextIOWrapper(buffer, ...): text over any binary stream (a BytesIO,
/// an open(..., 'rb') file), decoding through the codec registry's
/// incremental decoders with universal newlines, in Python. The native
/// TextIOWrapper is the type of open()'s text files; calling it with a
/// buffer makes one of these.
enum TextOverBuffer {
    static func install(_ rt: Runtime, module m: Value) throws {
        try rt.runEmbedded(python, module: "io", globals: Value(object: ModuleObject.dict(m.asObject)))
        let cls = rt.pin(try DictObject.get(ModuleObject.dict(m.asObject), try rt.intern("_TextOverBuffer"), rt.ops)!)
        rt.defineConstructor(rt.textFileType, keywords: ["buffer", "encoding", "errors", "newline", "line_buffering", "write_through"]) { rt, args in
            let keywords = rt.pendingKeywords
            return try rt.call(cls, Array(args), keywords: try keywords.map { (try rt.intern($0.0), $0.1) })
        }
    }

    static let python = """
    class _TextOverBuffer(TextIOBase):
        def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False):
            import codecs
            if encoding is None or encoding == 'locale':
                encoding = 'utf-8'
            codecs.lookup(encoding)
            if newline not in (None, '', '\\n', '\\r', '\\r\\n'):
                raise ValueError(f'illegal newline value: {newline}')
            self.buffer = buffer
            self._encoding = encoding
            self._errors = 'strict' if errors is None else errors
            self._newline = newline
            self.line_buffering = line_buffering
            self._decoder = codecs.getincrementaldecoder(encoding)(self._errors)
            self._pending = ''
            self._eof = False

        encoding = property(lambda self: self._encoding)
        errors = property(lambda self: self._errors)
        newlines = property(lambda self: None)
        closed = property(lambda self: self.buffer.closed)
        name = property(lambda self: self.buffer.name)

        def _translate(self, text):
            if self._newline is None:
                return text.replace('\\r\\n', '\\n').replace('\\r', '\\n')
            return text

        def _fill(self):
            chunk = self.buffer.read(8192)
            if not chunk:
                text = self._decoder.decode(b'', True)
                self._eof = True
            else:
                text = self._decoder.decode(chunk)
            if self._newline is None and text.endswith('\\r') and not self._eof:
                # A '\\r\\n' may straddle two chunks.
                more = self.buffer.read(1)
                text += self._decoder.decode(more, not more)
                if not more:
                    self._eof = True
            self._pending += self._translate(text)

        def _check(self):
            if self.buffer.closed:
                raise ValueError('I/O operation on closed file.')

        def read(self, size=-1):
            self._check()
            if size is None or size < 0:
                while not self._eof:
                    self._fill()
                out, self._pending = self._pending, ''
                return out
            while len(self._pending) < size and not self._eof:
                self._fill()
            out, self._pending = self._pending[:size], self._pending[size:]
            return out

        def readline(self, size=-1):
            self._check()
            end = '\\n' if self._newline in (None, '') else self._newline
            while True:
                i = self._pending.find(end)
                if i >= 0:
                    cut = i + len(end)
                    break
                if self._eof:
                    cut = len(self._pending)
                    break
                self._fill()
            if size is not None and size >= 0:
                cut = min(cut, size)
            out, self._pending = self._pending[:cut], self._pending[cut:]
            return out

        def readlines(self, hint=-1):
            return list(self)

        def __iter__(self):
            return self

        def __next__(self):
            line = self.readline()
            if not line:
                raise StopIteration
            return line

        def write(self, s):
            self._check()
            if not isinstance(s, str):
                raise TypeError(f'write() argument must be str, not {type(s).__name__}')
            text = s
            if self._newline not in (None, '', '\\n'):
                text = text.replace('\\n', self._newline)
            self.buffer.write(text.encode(self._encoding, self._errors))
            if self.line_buffering and ('\\n' in s or '\\r' in s):
                self.buffer.flush()
            return len(s)

        def flush(self):
            self.buffer.flush()

        def close(self):
            if not self.buffer.closed:
                try:
                    self.flush()
                finally:
                    self.buffer.close()

        def detach(self):
            buffer, self.buffer = self.buffer, None
            return buffer

        def fileno(self):
            return self.buffer.fileno()

        def readable(self):
            return self.buffer.readable()

        def writable(self):
            return self.buffer.writable()

        def seekable(self):
            return self.buffer.seekable()

        def isatty(self):
            return self.buffer.isatty()

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.close()

        def __repr__(self):
            try:
                name = self.name
            except AttributeError:
                return f"<_io.TextIOWrapper encoding='{self._encoding}'>"
            return f"<_io.TextIOWrapper name={name!r} encoding='{self._encoding}'>"

    _TextOverBuffer.__name__ = _TextOverBuffer.__qualname__ = 'TextIOWrapper'
    """
}
