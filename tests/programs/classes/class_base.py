# __base__: a class's single base, a builtin type's base, None for object
from collections import Counter


class A:
    pass


class B(A):
    pass


class E(ValueError):
    pass


print(A.__base__, B.__base__, E.__base__, int.__base__, bool.__base__, object.__base__)
print(ValueError.__base__, Counter.__base__, B.__base__.__base__)
