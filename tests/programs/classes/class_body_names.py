# names in a class body read the class namespace first, then globals
size = 10

class Grid:
    size = 3
    cells = size * size
    total = size + 1

print(Grid.cells, Grid.total, size)
