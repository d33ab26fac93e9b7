# a keyword-only default is evaluated once, at def time
def add(x, *, into=[]):
    into.append(x)
    return into

a = add(1)
b = add(2)
print(a is b, a)
