# unsupported: class line 5
def make():
    size = 3
    class Grid:
        cells = size * size
    return Grid
make()
