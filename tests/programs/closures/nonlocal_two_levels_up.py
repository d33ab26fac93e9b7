# nonlocal reaches a variable two functions out
def outer():
    n = 0

    def middle():
        def inner():
            nonlocal n
            n += 10

        inner()
        inner()

    middle()
    return n


print(outer())
