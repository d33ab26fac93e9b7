# List of lists gotcha
grid = [[0] * 3] * 3
grid[0][0] = 5
print(grid)

fixed = [[0] * 3 for _ in range(3)]
fixed[0][0] = 5
print(fixed)
