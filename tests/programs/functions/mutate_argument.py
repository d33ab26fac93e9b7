# a function can change a list it receives: caller and callee share the object
def add_one(items):
    items.append(1)

xs = []
add_one(xs)
add_one(xs)
print(xs)
