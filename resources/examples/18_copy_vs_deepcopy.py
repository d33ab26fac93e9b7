# copy.copy shares the inner lists; copy.deepcopy copies them too
import copy

grid = [[1, 2], [3, 4]]
shallow = copy.copy(grid)
deep = copy.deepcopy(grid)
grid[0].append(99)
print(shallow[0])
print(deep[0])
