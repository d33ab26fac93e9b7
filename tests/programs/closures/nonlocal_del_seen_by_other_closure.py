# after one closure deletes a nonlocal, another closure over the same cell cannot read it
def outer():
    value = 10

    def read():
        return value

    def drop():
        nonlocal value
        del value

    print(read())
    drop()
    try:
        read()
    except NameError as e:
        print(type(e).__name__, e)
    try:
        drop()
    except NameError as e:
        print(type(e).__name__, e)


outer()
