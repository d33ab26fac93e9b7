# An annotated __x in a class body is the key _Point__x of __annotations__.
class Point:
    __x: int = 3
    __y: str


print(Point.__annotations__)
print(Point._Point__x)
