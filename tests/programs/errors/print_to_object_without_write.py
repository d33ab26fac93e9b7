# print(file=obj) where obj has no write method is CPython's AttributeError.
class Box:
    pass


print("lost", file=Box())
