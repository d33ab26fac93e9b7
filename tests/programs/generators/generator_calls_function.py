# a function called from a generator runs on top of the generator frame
def square(x):
    return x * x

def gen(xs):
    for x in xs:
        yield square(x)

print(list(gen([2, 3])))
