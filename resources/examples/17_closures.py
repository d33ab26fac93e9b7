# A closure keeps the variables of the call that made it
def make_counter():
    count = 0

    def increment():
        nonlocal count
        count += 1
        return count

    return increment


tick = make_counter()
tock = make_counter()
tick()
tick()
print(tick(), tock())
