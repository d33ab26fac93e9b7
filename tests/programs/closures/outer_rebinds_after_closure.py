# The closure reads the cell, so it sees the outer function's later rebinding
def outer():
    x = 1

    def show():
        return x

    x = 2
    first = show()
    x = 3
    return first, show()


print(outer())
