# a function defined inside another reads globals directly
base = 10

def outer():
    def inner():
        return base + 1
    return inner()

print(outer())
