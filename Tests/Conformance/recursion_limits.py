# Deep recursion raises RecursionError; the limit can be changed.
import sys


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(500))
try:
    depth(100000)
except RecursionError as e:
    print("RecursionError:", e)
print(sys.getrecursionlimit())
sys.setrecursionlimit(3000)
print(depth(2500))


def mutual_a(n):
    return n if n <= 0 else mutual_b(n - 1)


def mutual_b(n):
    return mutual_a(n - 1)


print(mutual_a(1001))


class Node:
    def __init__(self, child=None):
        self.child = child

    def size(self):
        return 1 + (self.child.size() if self.child else 0)


chain = None
for _ in range(1000):
    chain = Node(chain)
print(chain.size())
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
