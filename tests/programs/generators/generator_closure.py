# a generator defined inside a function reads the outer variables through its closure
def make(step):
    def gen(n):
        for i in range(n):
            yield i * step
    return gen

g = make(10)
print(list(g(3)))
