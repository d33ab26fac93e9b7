# two names bound in one step: the cell (read by the comprehension) comes after the local
def pair():
    c, x = 1, 2
    return [c for _ in range(x)]


print(pair())
