# calling a function with too many arguments
def f(a):
    return a

f(1, 2)
