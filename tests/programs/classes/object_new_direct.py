# object.__new__(cls) makes a bare instance; for int it is refused as unsafe
class Node:
    def __init__(self):
        print("not called")


n = object.__new__(Node)
print(type(n).__name__, vars(n))
o = object.__new__(object)
print(type(o).__name__)
for t in (int, list, ValueError):
    try:
        object.__new__(t)
    except TypeError as e:
        print(e)
