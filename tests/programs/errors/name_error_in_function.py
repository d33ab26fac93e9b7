# a misspelled name inside a function
def total(xs):
    return sum(xz)

total([1])
