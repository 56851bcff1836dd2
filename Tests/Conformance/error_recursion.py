# Deep recursion raises RecursionError, never crashes.
def down(n):
    return down(n + 1)
down(0)
