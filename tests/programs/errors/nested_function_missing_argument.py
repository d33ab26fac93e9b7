# errors name a nested function by its qualified name
def outer():
    def inner(x):
        return x
    return inner()

outer()
