# a generator expression in a class body reads the function's parameter after it returned
def make(k):
    class Scaled:
        values = (x * k for x in range(3))

    return Scaled


print(list(make(5).values))
