# tuples can be dict keys
grid = {(0, 0): "origin", (1, 2): "point"}
print(grid[(1, 2)])
