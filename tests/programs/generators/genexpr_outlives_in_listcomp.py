# generator expressions made in a list comprehension all read its variable's last value
def rows(n, k):
    return [(r * k + c for c in range(2)) for r in range(n)]


for g in rows(3, 10):
    print(tuple(g))
