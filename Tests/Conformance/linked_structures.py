# Linked lists and trees built from classes; recursion and iteration.
class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push(x)

    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def __iter__(self):
        node = self.head
        while node is not None:
            yield node.value
            node = node.next

    def __len__(self):
        return self.size

    def reverse(self):
        prev = None
        node = self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev

    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"


ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll), sum(ll), 3 in ll)
ll.reverse()
print(ll, list(ll)[::2])


class Tree:
    def __init__(self, key):
        self.key = key
        self.left = self.right = None

    def insert(self, key):
        if key < self.key:
            if self.left is None:
                self.left = Tree(key)
            else:
                self.left.insert(key)
        else:
            if self.right is None:
                self.right = Tree(key)
            else:
                self.right.insert(key)

    def inorder(self):
        if self.left:
            yield from self.left.inorder()
        yield self.key
        if self.right:
            yield from self.right.inorder()

    def height(self):
        return 1 + max(self.left.height() if self.left else 0, self.right.height() if self.right else 0)


root = Tree(50)
for k in [30, 70, 20, 40, 60, 80, 35, 45, 65]:
    root.insert(k)
print(list(root.inorder()), root.height())
