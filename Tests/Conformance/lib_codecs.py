# The codec machinery: the registry, the encodings package's code pages,
# the UTFs with their byte order marks, error handlers (built-in and
# registered), incremental decoding and the escape codecs.
import codecs

print(codecs.lookup("UTF8").name, codecs.lookup("Latin 1").name, codecs.lookup("utf-16").name)
print("aé€".encode("cp1252"), b"\x80\xe9".decode("cp1252"), "Ünïcode".encode("iso8859_15"))
print("hello".encode("cp037"), b"\x88\x85\x93\x93\x96".decode("cp037"))
print("x".encode("utf-16"), "ab\U0001F600".encode("utf-16-be"), b"\xff\xfea\x00".decode("utf-16"))
print("ab".encode("utf-32"), b"\xff\xfe\x00\x00a\x00\x00\x00".decode("utf-32"), "é".encode("utf_32_be"))
print(bytes("é", "utf-16-le"), str(b"\xe9\x00", "utf-16-le"), bytearray("€", "utf-16"))
print(codecs.encode("abc", "rot13"), codecs.decode("nop", "rot_13"))

for call in [lambda: "a".encode("rot13"), lambda: b"a".decode("rot13"), lambda: codecs.lookup("nope"),
             lambda: "a".encode("no-such-codec"), lambda: codecs.lookup(1), lambda: "é".encode("ascii", "bogus"),
             lambda: codecs.lookup_error("zz"), lambda: codecs.encode(1, "rot13")]:
    try:
        call()
    except (LookupError, TypeError) as e:
        print(type(e).__name__, e)

# The exceptions carry what failed.
for call in [lambda: "aé€b".encode("ascii"), lambda: "x\ud800".encode("utf-8"), lambda: "€".encode("latin-1"),
             lambda: "a\ud800".encode("utf-16"), lambda: "\x81".encode("cp1252")]:
    try:
        call()
    except UnicodeEncodeError as e:
        print(e.encoding, repr(e.object), e.start, e.end, e.reason, "|", e)
for data, enc in [(b"a\xffb", "utf-8"), (b"\xe2\x82", "utf-8"), (b"\xe2(", "utf-8"), (b"a", "utf-16-le"),
                  (b"\x00\xd8a\x00", "utf-16-le"), (b"\x00\xdc", "utf-16-le"), (b"\x00\xd8", "utf-16"),
                  (b"\x00\x00\x11\x00", "utf-32-le"), (b"\x00\xd8\x00\x00", "utf-32-le"), (b"\x81", "cp1252"),
                  (b"\x80", "ascii")]:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print(e.encoding, e.object, e.start, e.end, e.reason, "|", e)

e = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "bad")
print(e, e.args, repr(UnicodeEncodeError("ascii", "xyz", 1, 2, "nope")))
print(UnicodeTranslateError("abc", 0, 3, "why"), UnicodeTranslateError("abc", 1, 2, "why").encoding)
try:
    UnicodeEncodeError("ascii", "x")
except TypeError as e:
    print(e)

# Built-in error handlers.
s = "aé€\U0001F600b"
for h in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
    print(h, s.encode("ascii", h), s.encode("latin-1", h), s.encode("cp1252", h))
for h in ["ignore", "replace", "backslashreplace", "surrogateescape"]:
    print(h, ascii(b"a\xff\xe2\x82b\x80".decode("utf-8", h)), ascii(b"a\x81b".decode("cp1252", h)))
print(b"\xff".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape"))
print("\ud800".encode("utf-8", "surrogatepass"), ascii(b"\xed\xa0\x80".decode("utf-8", "surrogatepass")))
print("\udc80".encode("utf-16-le", "surrogatepass"), ascii(b"\x00\xdc".decode("utf-16-le", "surrogatepass")))
try:
    b"\xff".decode("ascii", "xmlcharrefreplace")
except TypeError as e:
    print(e)
print(codecs.lookup_error("strict"), codecs.lookup_error("namereplace"))
err = UnicodeEncodeError("ascii", "aé€", 1, 3, "r")
for name in ["replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "ignore"]:
    print(name, codecs.lookup_error(name)(err))
try:
    codecs.strict_errors(err)
except UnicodeEncodeError as e:
    print("strict raised", e)

# Registered error handlers.
codecs.register_error("mark", lambda e: ("<%d:%d>" % (e.start, e.end), e.end))
print("aéb€".encode("ascii", "mark"), b"a\xffb".decode("ascii", "mark"), "aé".encode("utf-16-le", "mark"))
codecs.register_error("bytes", lambda e: (b"!!", e.end))
print("aéb".encode("ascii", "bytes"))
codecs.register_error("back", lambda e: ("?", -1))
print("aéb".encode("ascii", "back"))
for handler, call in [(lambda e: 5, lambda: "é".encode("ascii", "h")), (lambda e: (b"x", 1), lambda: b"\xff".decode("ascii", "h")),
                      (lambda e: ("x", 99), lambda: "é".encode("ascii", "h")), (lambda e: ("é", 1), lambda: "é".encode("ascii", "h"))]:
    codecs.register_error("h", handler)
    try:
        print(call())
    except (TypeError, IndexError, UnicodeEncodeError) as e:
        print(type(e).__name__, e)

# Incremental decoding keeps an incomplete sequence for the next call.
d = codecs.getincrementaldecoder("utf-8")()
print(repr(d.decode(b"\xe2\x82")), repr(d.decode(b"\xac!")), repr(d.decode(b"", final=True)))
d16 = codecs.getincrementaldecoder("utf-16")()
print(repr(d16.decode(b"\xff")), repr(d16.decode(b"\xfea")), repr(d16.decode(b"\x00")))
print(list(codecs.iterdecode([b"\xe2", b"\x82\xac", b"x"], "utf-8")), list(codecs.iterencode(["a", "é"], "utf-16-le")))
enc = codecs.getincrementalencoder("utf-16")()
print(enc.encode("a"), enc.encode("b"))
import _codecs
print(_codecs.utf_8_decode(b"ab\xc3", "strict", False), _codecs.utf_8_decode(b"ab\xc3", None, True) if False else "")
print(_codecs.utf_16_ex_decode(b"\xff\xfea\x00"), _codecs.utf_16_ex_decode(b"a\x00"), _codecs.utf_32_ex_decode(b"\x00\x00\xfe\xff\x00\x00\x00a"))
print(_codecs.charmap_build("abc"), _codecs.charmap_decode(b"\x00\x02", "strict", "xyz"), _codecs.charmap_encode("zx", "strict", {120: 1, 122: b"ZZ"}))
for args in [(b"x",), ("x", 1), (), ("a", "b", "c")]:
    try:
        _codecs.utf_8_encode(*args)
    except TypeError as e:
        print(e)
try:
    _codecs.utf_8_decode("x")
except TypeError as e:
    print(e)

# Escape codecs.
print(codecs.decode(b"a\\x41\\u20ac\\N{EURO SIGN}\\101\\n\xe9", "unicode_escape"))
print(codecs.encode("a\t'\"\\é€\U0001F600\x7f", "unicode_escape"), codecs.encode("a\\é€\U0001F600", "raw_unicode_escape"))
print(codecs.decode(b"\\u20ac\\\\u20ac\\x41", "raw_unicode_escape"))
for bad in [b"\\x4", b"\\u12", b"\\U00110000", b"\\N{NO SUCH NAME}", b"\\N", b"ab\\"]:
    try:
        codecs.decode(bad, "unicode_escape")
    except UnicodeDecodeError as e:
        print(e)
print(codecs.decode(b"\\x4g\\x41", "unicode_escape", "replace"), codecs.decode(b"\\x4", "unicode_escape", "backslashreplace"))
print(codecs.escape_decode(b"a\\x41\\n\\0"), codecs.escape_encode(b"a'\"\n\x00\xff\\"))
for bad in [b"a\\x4", b"\\"]:
    try:
        codecs.escape_decode(bad)
    except ValueError as e:
        print(e)

# Custom search functions see the normalized name.
seen = []
def search(name):
    seen.append(name)
    if name == "my_codec":
        return codecs.CodecInfo(lambda s, errors="strict": (s.upper().encode(), len(s)),
                                lambda b, errors="strict": (bytes(b).decode().lower(), len(b)), name="my-codec")
    return None
codecs.register(search)
print("abc".encode("My Codec"), b"XYZ".decode("my-codec"), codecs.lookup("MY_CODEC").name)
for name in ["Foo-Bar  Baz", "a.b", "x--y", "-lead"]:
    try:
        codecs.lookup(name)
    except LookupError:
        pass
print(seen)
codecs.unregister(search)
try:
    codecs.lookup("my codec")
except LookupError as e:
    print(e)
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE)
