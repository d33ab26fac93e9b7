# a generator expression made inside another one, both outliving the function that made them
def grid(n, scale):
    return ((r * scale + c for c in range(n)) for r in range(n))


for row in grid(3, 10):
    print(list(row))
