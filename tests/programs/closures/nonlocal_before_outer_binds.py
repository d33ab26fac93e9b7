# An inner function may bind a nonlocal before the outer function does
def outer():
    def setter():
        nonlocal value
        value = 42

    setter()
    return value
    value = 0


print(outer())
