# nonlocal rebinds the cell, so the closure shows each new count
def make_counter():
    count = 0

    def increment():
        nonlocal count
        count += 1
        return count

    return increment


tick = make_counter()
tick()
tick()
print(tick())
