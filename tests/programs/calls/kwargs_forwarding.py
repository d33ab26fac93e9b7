# *args and **kwargs forward a call unchanged
def inner(a, b, c=0):
    return a + b + c

def outer(*args, **kwargs):
    return inner(*args, **kwargs)

print(outer(1, 2, c=3))
