# deleting a nonlocal a second time: the cell is already empty
def outer():
    n = 1

    def drop():
        nonlocal n
        del n

    drop()
    drop()


outer()
