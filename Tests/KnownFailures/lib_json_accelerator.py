# json's C accelerator (_json) words two errors differently from the
# pure-Python code tiercel runs: allow_nan=False and a bad string escape.
import json
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print(e)
try:
    json.loads('"\\x"')
except json.JSONDecodeError as e:
    print(e, e.pos)
