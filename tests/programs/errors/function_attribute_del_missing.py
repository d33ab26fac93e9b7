# deleting an attribute a function does not have
def f():
    pass


f.seen = True
del f.seen
del f.seen
