# a delegate being closed resumes the generator that delegates to it: ValueError
def inner():
    try:
        yield 1
    finally:
        next(box[0])


def outer():
    yield from inner()


box = [outer()]
next(box[0])
box[0].close()
