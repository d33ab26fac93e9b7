# a class defined inside a function is a new class on every call
def make():
    class Local:
        pass
    return Local

A = make()
B = make()
print(A is B, A.__name__, A.__qualname__)
