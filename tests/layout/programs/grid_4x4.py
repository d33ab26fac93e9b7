# A 4x4 grid as a list of lists: each row its own list, one cell changed.
grid = []
for r in range(4):
    row = []
    for c in range(4):
        row.append(r * 4 + c)
    grid.append(row)
grid[2][1] = -1
print(grid[2])
