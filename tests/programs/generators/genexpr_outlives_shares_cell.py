# a generator expression and a closure share the variable of the function that made them
def make():
    k = 1

    def set_k(v):
        nonlocal k
        k = v

    return (x * k for x in range(3)), set_k


g, set_k = make()
print(next(g))
set_k(5)
print(next(g))
print(next(g))
