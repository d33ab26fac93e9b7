# a function that calls itself forever hits the recursion limit
def down(n):
    return down(n + 1)

down(0)
