# two generators from one function have independent frames
def counter(name):
    n = 0
    while True:
        n += 1
        yield name + str(n)

a = counter("a")
b = counter("b")
print(next(a), next(b), next(a))
