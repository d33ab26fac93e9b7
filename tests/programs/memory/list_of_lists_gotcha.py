# [[0] * 3] * 3 repeats one inner list three times
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
