# Two-pointer and sliding-window techniques: max-sum window, sliding maximum
# with a deque, longest substring without repeats, minimum window covering
# a set, pair sums in sorted arrays, and three-sum.
from collections import deque, Counter


def max_sum_window(a, k):
    if k > len(a) or k <= 0:
        raise ValueError("window %d does not fit %d items" % (k, len(a)))
    s = best = sum(a[:k])
    at = 0
    for i in range(k, len(a)):
        s += a[i] - a[i - k]
        if s > best:
            best, at = s, i - k + 1
    return best, a[at:at + k]


def sliding_max(a, k):
    dq, out = deque(), []
    for i, x in enumerate(a):
        while dq and a[dq[-1]] <= x:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            out.append(a[dq[0]])
    return out


def longest_unique(s):
    last, start, best = {}, 0, (0, 0)
    for i, ch in enumerate(s):
        if ch in last and last[ch] >= start:
            start = last[ch] + 1
        last[ch] = i
        if i + 1 - start > best[1] - best[0]:
            best = (start, i + 1)
    return s[best[0]:best[1]]


def min_window(s, t):
    need = Counter(t)
    missing = len(t)
    lo, best = 0, None
    for hi, ch in enumerate(s, 1):
        if need[ch] > 0:
            missing -= 1
        need[ch] -= 1
        if missing == 0:
            while need[s[lo]] < 0:
                need[s[lo]] += 1
                lo += 1
            if best is None or hi - lo < best[1] - best[0]:
                best = (lo, hi)
            need[s[lo]] += 1
            missing += 1
            lo += 1
    return s[best[0]:best[1]] if best else ""


def pair_sums(a, target):
    i, j, out = 0, len(a) - 1, []
    while i < j:
        s = a[i] + a[j]
        if s == target:
            out.append((a[i], a[j]))
            i += 1
            j -= 1
        elif s < target:
            i += 1
        else:
            j -= 1
    return out


def three_sum(nums):
    nums = sorted(nums)
    res = []
    for i in range(len(nums) - 2):
        if i and nums[i] == nums[i - 1]:
            continue
        lo, hi = i + 1, len(nums) - 1
        while lo < hi:
            s = nums[i] + nums[lo] + nums[hi]
            if s == 0:
                res.append((nums[i], nums[lo], nums[hi]))
                while lo < hi and nums[lo] == nums[lo + 1]:
                    lo += 1
                lo += 1
                hi -= 1
            elif s < 0:
                lo += 1
            else:
                hi -= 1
    return res


a = [1, 3, -1, -3, 5, 3, 6, 7, 0, -2]
for k in (1, 2, 3, 5):
    print(k, max_sum_window(a, k), sliding_max(a, k))
for bad in (0, 11):
    try:
        max_sum_window(a, bad)
    except ValueError as e:
        print(type(e).__name__, e)
for s in ["abcabcbb", "bbbbb", "pwwkew", "", "dvdf", "abcdefg"]:
    print(repr(s), repr(longest_unique(s)))
print(repr(min_window("ADOBECODEBANC", "ABC")), repr(min_window("a", "aa")), repr(min_window("aaflslflsldkalskaaa", "aaa")))
print(pair_sums([1, 2, 3, 4, 5, 6, 7, 8, 9], 10), pair_sums([1, 1, 2], 5))
print(three_sum([-1, 0, 1, 2, -1, -4]), three_sum([0, 0, 0, 0]), three_sum([3, -2, 1, 0, -1, 2, -3]))
