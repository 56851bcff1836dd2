# functools.cmp_to_key: old-style comparison functions used for sort, max and min.
import functools


def compare_len_then_alpha(s, t):
    if len(s) != len(t):
        return len(s) - len(t)
    return (s > t) - (s < t)


words = ["pear", "fig", "apple", "kiwi", "date", "banana"]
print(sorted(words, key=functools.cmp_to_key(compare_len_then_alpha)))
print(sorted(words, key=functools.cmp_to_key(lambda s, t: compare_len_then_alpha(t, s))))
K = functools.cmp_to_key(compare_len_then_alpha)
print(K("aa") < K("b"), K("ab") == K("ab"), K("b") > K("a"))
print(max(words, key=functools.cmp_to_key(compare_len_then_alpha)))
print(min(words, key=functools.cmp_to_key(compare_len_then_alpha)))
nums = [5, -3, 12, 0, -8, 7]
print(sorted(nums, key=functools.cmp_to_key(lambda x, y: abs(x) - abs(y))))
print(sorted(nums, key=functools.cmp_to_key(lambda x, y: (x % 3) - (y % 3))))
records = [("bob", 30), ("amy", 25), ("cal", 30), ("dee", 25)]


def by_age_desc_name_asc(r1, r2):
    if r1[1] != r2[1]:
        return r2[1] - r1[1]
    return -1 if r1[0] < r2[0] else (1 if r1[0] > r2[0] else 0)


records.sort(key=functools.cmp_to_key(by_age_desc_name_asc))
print(records)
