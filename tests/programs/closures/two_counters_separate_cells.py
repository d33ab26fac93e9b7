# Two calls of the factory make two independent cells
def make_counter():
    count = 0

    def increment():
        nonlocal count
        count += 1
        return count

    return increment


a = make_counter()
b = make_counter()
a()
a()
b()
print(a(), b())
