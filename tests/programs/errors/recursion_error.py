# a function that calls itself forever hits the recursion limit (deepest shows how far it got)
deepest = 0

def down(n):
    global deepest
    deepest = n
    return down(n + 1)

down(0)
