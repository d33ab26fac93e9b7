# filter() tests each item as it is consumed
def keep(x):
    print("test", x)
    return x % 2 == 1

f = filter(keep, [1, 2, 3])
print(next(f))
print(list(f))
