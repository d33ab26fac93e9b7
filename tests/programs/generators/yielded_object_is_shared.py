# a yielded object is the same object the generator's frame holds
def gen():
    box = []
    yield box
    box.append(1)
    yield box

g = gen()
a = next(g)
b = next(g)
print(a is b, a)
