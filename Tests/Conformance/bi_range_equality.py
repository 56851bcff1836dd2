# range equality and hashing compare the sequences, not identity.
print(range(5) == range(5), range(0, 5) == range(5), range(0) == range(2, 2), range(1, 10, 3) == range(1, 11, 3))
print(range(1, 10, 3) == range(1, 9, 3), range(0, 3, 5) == range(0, 1), range(3) != range(3), range(3) != range(4))
print(hash(range(5)) == hash(range(0, 5)), hash(range(0)) == hash(range(7, 7)), {range(3): "hit"}.get(range(0, 3, 1)))
print(range(4) in [range(4)], [range(2)].count(range(0, 2)), range(2, 2) == range(9, 3))
