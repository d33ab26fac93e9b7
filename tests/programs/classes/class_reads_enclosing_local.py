# a class body reads a variable of the function that defines the class
def make():
    size = 3

    class Grid:
        cells = size * size

    return Grid


print(make().cells)
