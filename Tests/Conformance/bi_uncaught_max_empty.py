# Uncaught ValueError from max() of an empty sequence ends the program with exit status 1.
scores = {"ann": [90, 85], "bob": [70], "cy": []}
for name in sorted(scores):
    vals = scores[name]
    print(name, len(vals), sum(vals), max(vals, default=None))
best = {name: max(vals) for name, vals in scores.items() if vals}
print(best)
print("about to fail")
print(max(scores["cy"]))
print("never printed")
