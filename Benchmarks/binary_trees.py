# binary-trees: allocate, walk and discard many perfect binary trees built from tuples.
# ci-size: 8
import sys

MIN_DEPTH = 4


def make_tree(depth):
    # A leaf is an empty tuple; an inner node is a (left, right) pair.
    if depth == 0:
        return ()
    depth -= 1
    return (make_tree(depth), make_tree(depth))


def check(node):
    if not node:
        return 1
    left, right = node
    return 1 + check(left) + check(right)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 16
    max_depth = max(MIN_DEPTH + 2, n)

    stretch = max_depth + 1
    print("stretch tree of depth %d\t check: %d" % (stretch, check(make_tree(stretch))))

    # Built before the loop and checked after it so it stays alive while the
    # short-lived trees come and go.
    long_lived = make_tree(max_depth)

    for depth in range(MIN_DEPTH, max_depth + 1, 2):
        # Shallower trees get more iterations so every depth does similar work.
        iterations = 2 ** (max_depth - depth + MIN_DEPTH)
        total = 0
        for _ in range(iterations):
            total += check(make_tree(depth))
        print("%d\t trees of depth %d\t check: %d" % (iterations, depth, total))

    print("long lived tree of depth %d\t check: %d" % (max_depth, check(long_lived)))


if __name__ == "__main__":
    main()
