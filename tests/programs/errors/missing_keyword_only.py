# a required keyword-only argument that is not passed
def f(a, *, k):
    return a + k

f(1)
