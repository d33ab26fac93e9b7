# The enclosing frame shows the value an inner function stored with nonlocal
def outer():
    total = 0

    def add(n):
        nonlocal total
        total = total + n

    add(5)
    add(7)
    return total


print(outer())
