# itertools.groupby on sorted records: run-length encoding, grouping by key
# and consecutive runs.
import itertools

print([(k, len(list(g))) for k, g in itertools.groupby("aaabccdddd")])
people = [("eng", "ann"), ("ops", "bob"), ("eng", "cy"), ("ops", "dee"), ("hr", "eve")]
people.sort(key=lambda p: p[0])
for dept, grp in itertools.groupby(people, key=lambda p: p[0]):
    print(dept, [name for _, name in grp])
nums = [1, 2, 3, 7, 8, 10, 11, 12]
runs = [[x for _, x in g] for _, g in itertools.groupby(enumerate(nums), lambda t: t[1] - t[0])]
print(runs)
