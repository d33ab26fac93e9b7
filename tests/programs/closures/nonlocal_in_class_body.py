# nonlocal in a class body rebinds the function's variable, not a class attribute
def make():
    count = 1

    class Box:
        nonlocal count
        count = count + 1
        size = count * 10

    print(count, Box.size, hasattr(Box, "count"))
    return Box


make()
