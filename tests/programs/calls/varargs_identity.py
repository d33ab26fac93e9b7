# *args holds the very objects that were passed, not copies
def first(*items):
    return items[0]

xs = [1, 2]
y = first(xs, 3)
print(y is xs)
