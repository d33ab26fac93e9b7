def outer():
    x = 1

    def show():
        return x

    x = 2
    first = show()
    x = 3
    return first, show()


print(outer())
