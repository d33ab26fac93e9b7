# positional-only parameters passed by keyword
def f(a, b, /, c):
    return a

f(1, b=2, c=3)
