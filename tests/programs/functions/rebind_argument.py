# rebinding a parameter does not affect the caller's name
def reset(items):
    items = []
    return items

xs = [1, 2]
ys = reset(xs)
print(xs, ys)
