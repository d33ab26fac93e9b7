# global rebinds the module name; nonlocal rebinds the enclosing function's name
count = 0


def outer():
    count = 100

    def bump_global():
        global count
        count += 1

    def bump_local():
        nonlocal count
        count += 1

    bump_global()
    bump_local()
    return count


print(outer(), count)
