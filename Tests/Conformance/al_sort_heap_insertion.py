# Heap sort (sift-down), insertion sort, selection sort, shell sort, bubble sort.

def sift_down(a, start, end):
    root = start
    while True:
        child = 2 * root + 1
        if child > end:
            return
        if child + 1 <= end and a[child] < a[child + 1]:
            child += 1
        if a[root] < a[child]:
            a[root], a[child] = a[child], a[root]
            root = child
        else:
            return


def heap_sort(a):
    a = list(a)
    n = len(a)
    for start in range((n - 2) // 2, -1, -1):
        sift_down(a, start, n - 1)
    print("  heapified:", a)
    for end in range(n - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift_down(a, 0, end - 1)
    return a


def insertion_sort(a):
    a = list(a)
    shifts = 0
    for i in range(1, len(a)):
        cur = a[i]
        j = i - 1
        while j >= 0 and a[j] > cur:
            a[j + 1] = a[j]
            j -= 1
            shifts += 1
        a[j + 1] = cur
    return a, shifts


def selection_sort(a):
    a = list(a)
    swaps = []
    for i in range(len(a)):
        m = min(range(i, len(a)), key=lambda k: a[k])
        if m != i:
            a[i], a[m] = a[m], a[i]
            swaps.append((i, m))
    return a, swaps


def shell_sort(a):
    a = list(a)
    gap = len(a) // 2
    gaps = []
    while gap > 0:
        gaps.append(gap)
        for i in range(gap, len(a)):
            tmp = a[i]
            j = i
            while j >= gap and a[j - gap] > tmp:
                a[j] = a[j - gap]
                j -= gap
            a[j] = tmp
        gap //= 2
    return a, gaps


def bubble_sort(a):
    a = list(a)
    passes = 0
    swapped = True
    while swapped:
        swapped = False
        passes += 1
        for i in range(len(a) - 1 - (passes - 1)):
            if a[i] > a[i + 1]:
                a[i], a[i + 1] = a[i + 1], a[i]
                swapped = True
    return a, passes


data = [5, 2, 9, 1, 5, 6, -3, 12, 0, 7]
print("heap:", heap_sort(data))
print("insertion:", insertion_sort(data))
print("selection:", selection_sort(data))
print("shell:", shell_sort(data))
print("bubble:", bubble_sort(data))
print("sorted input:", insertion_sort([1, 2, 3, 4]), bubble_sort([1, 2, 3]))
print("reversed input:", insertion_sort([4, 3, 2, 1]))
print("heap strs:", heap_sort(["delta", "alpha", "charlie", "bravo"]))
print("heap floats:", heap_sort([0.5, -2.25, 3.0, 1e-3]))
print("heap tuples:", heap_sort([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
print("empty:", heap_sort([]), insertion_sort([]), shell_sort([]))
