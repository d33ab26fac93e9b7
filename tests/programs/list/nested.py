# a list can hold other lists
grid = [[1, 2], [3, 4]]
print(grid[1][0])
