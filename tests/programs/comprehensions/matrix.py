# a list of lists built by nested comprehensions: rows are distinct lists
grid = [[0 for c in range(2)] for r in range(2)]
grid[0][0] = 1
print(grid)
