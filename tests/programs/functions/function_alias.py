# a function is an object: another name can refer to it
def double(x):
    return 2 * x

twice = double
print(twice(21))
