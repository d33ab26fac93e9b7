# Each call makes a new cell, so each closure remembers its own parameter
def multiplier(factor):
    def times(n):
        return n * factor

    return times


double = multiplier(2)
triple = multiplier(3)
print(double(21), triple(5))
