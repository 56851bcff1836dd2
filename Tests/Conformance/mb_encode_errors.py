# str.encode: utf-8/ascii/latin-1 with errors='strict'/'ignore'/'replace'/'backslashreplace'/'xmlcharrefreplace', and exact UnicodeEncodeError messages.
texts = ["plain", "café", "naïve €5", "snow☃man", "emoji 😀!", "\x00\x7f\x80\xff", "ĀāĂ"]
for codec in ["utf-8", "ascii", "latin-1"]:
    for t in texts:
        row = []
        for errors in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
            row.append(t.encode(codec, errors))
        print(codec, repr(t), row)

for codec in ["ascii", "latin-1"]:
    for t in texts:
        try:
            print(codec, repr(t), t.encode(codec))
        except UnicodeEncodeError as e:
            print(codec, repr(t), type(e).__name__, e)

# the exception hierarchy
print(issubclass(UnicodeEncodeError, UnicodeError), issubclass(UnicodeError, ValueError))

# codec name aliases and case
for name in ["UTF-8", "utf8", "U8", "ASCII", "us-ascii", "Latin-1", "latin1", "iso-8859-1", "ISO8859-1"]:
    print(name, "é".encode(name, "replace"))

# default encoding is utf-8; keyword arguments
print("é".encode(), "é".encode(encoding="latin-1"), "é€".encode(errors="strict"), "é€".encode("ascii", errors="ignore"))
# lone surrogates cannot be encoded by utf-8 strictly
try:
    "a\ud800b".encode("utf-8")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print("a\ud800b".encode("utf-8", "replace"), "a\ud800b".encode("utf-8", "ignore"), "a\ud800b".encode("utf-8", "backslashreplace"))

for call in [lambda: "x".encode("nope"), lambda: "x".encode("utf-8", "bogus-handler"), lambda: "é".encode("ascii", "bogus-handler"),
             lambda: "x".encode(5), lambda: "x".encode(errors=5)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
