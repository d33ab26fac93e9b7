# iter(callable, sentinel) calls until the sentinel comes back; StopIteration ends it too
values = [3, 1, 4, 0, 5]


def take():
    return values.pop(0)


it = iter(take, 0)
print(type(it).__name__)
for v in it:
    print(v)
print(values)
print(list(it))


def stop_early():
    raise StopIteration


print(list(iter(stop_early, 1)))
try:
    iter(5, 0)
except TypeError as e:
    print(e)
