# The json package from the host's standard library: dumps/loads round
# trips, formatting options, custom encoders and hooks, and its errors.
import json
from collections import OrderedDict

data = {"name": "Tiercel", "n": [1, 2.5, None, True, False, -0.0, 10**20],
        "nested": {"a": "é\u20ac\n\t\"\\", "b": [], "c": {}}, "emoji": "\U0001F600"}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
print(json.loads(s) == data, json.loads('[1, 2, {"x": "\\u00e9\\ud83d\\ude00"}, 1e3, -5, 0.5]'))
print(json.dumps(1e100), json.dumps(float("inf")), json.dumps(float("nan")), json.dumps(1 / 3))
print(json.dumps({1: "a", 2.5: "b", None: "c", True: "d"}), json.dumps((1, 2)), json.dumps("x"))
print(json.loads("NaN"), json.loads("-Infinity"), json.loads(' "spaced" '), json.loads("123456789012345678901234567890"))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.loads('{"x": 1.5}', parse_float=lambda t: "float:" + t), json.loads("[7]", parse_int=lambda t: int(t) * 2))
print(json.loads('{"__point__": [1, 2]}', object_hook=lambda d: ("point", *d["__point__"]) if "__point__" in d else d))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"x": o.x, "y": o.y}
        return super().default(o)


print(json.dumps([Point(1, 2), Point(3, 4)], cls=PointEncoder))
print(json.dumps({"p": Point(5, 6)}, default=lambda o: [o.x, o.y]))
try:
    json.dumps(Point(0, 0))
except TypeError as e:
    print(e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print(e)
circular = []
circular.append(circular)
try:
    json.dumps(circular)
except ValueError as e:
    print(e)

for bad in ['{"a": }', "[1, 2", '{"a" 1}', "", "[1,]", "tru", '{"a": 1} x', "[1e]", '"unterminated']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, (e.pos, e.lineno, e.colno))

print(json.loads(b'{"bytes": true}'), json.loads('{"a": [1, {"b": null}]}'.encode("utf-16")))
import io
buf = io.StringIO()
json.dump({"k": [1, 2, 3]}, buf, indent="\t")
print(buf.getvalue())
print(json.load(io.StringIO('{"from": "file"}')))
big = {"items": [{"id": i, "tags": ["t%d" % (i % 7)], "score": i * 1.25} for i in range(300)]}
text = json.dumps(big)
print(len(text), json.loads(text) == big, sum(item["score"] for item in json.loads(text)["items"]))
