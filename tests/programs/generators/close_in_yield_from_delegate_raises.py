# a delegate whose cleanup raises hands that error to the generator being closed
def inner():
    try:
        yield 1
    finally:
        raise ValueError("cleanup failed")


def outer():
    try:
        yield from inner()
    except ValueError as e:
        print("outer saw", e)


g = outer()
next(g)
g.close()
print("closed")
