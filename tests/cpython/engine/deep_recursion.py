# Recursion without a base case: RecursionError, as python3 says it.
def down(n):
    return down(n + 1)


down(0)
