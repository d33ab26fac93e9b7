# calling a function without a required argument
def f(a, b):
    return a + b

f(1)
