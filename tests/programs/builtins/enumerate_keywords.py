# enumerate takes iterable= and start= by name, in either order; its errors name the bad keyword.
print(list(enumerate(iterable="ab")), list(enumerate(start=2, iterable="xy")))
pairs = enumerate(iterable=[10, 20], start=5)
print(list(pairs))
try:
    enumerate([1], iterable=[2])
except TypeError as error:
    print(error)
try:
    enumerate(start=2)
except TypeError as error:
    print(error)
try:
    enumerate()
except TypeError as error:
    print(error)
