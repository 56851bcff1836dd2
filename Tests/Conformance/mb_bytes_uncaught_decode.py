# bytes: a line reader that decodes each line strictly; a bad byte escapes as an uncaught UnicodeDecodeError.
raw = b"first line\nsecond: caf\xc3\xa9\nthird \xe2\x82\xac5\nfourth: bad \xff byte\nnever printed\n"
count = 0
for line in raw.split(b"\n"):
    if not line:
        continue
    text = line.decode("utf-8")
    count += 1
    print(count, repr(text), len(line), len(text))
print("unreachable")
