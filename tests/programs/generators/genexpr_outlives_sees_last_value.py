# a generator expression sees the value its function's variable had when the function returned
def make():
    k = 1
    g = (x + k for x in range(3))
    k = 10
    return g


print(list(make()))
