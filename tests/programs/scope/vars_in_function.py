# vars() without an argument in a function is locals(): a dict of the names bound so far
def f(a):
    b = a + 1
    return vars()


print(f(1))
