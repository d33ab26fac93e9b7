# __get__ and __set__ added to a descriptor's class after it is in use, then deleted again
class Field:
    pass


class Record:
    value = Field()


def get(self, obj, owner):
    return "got"


def set_(self, obj, v):
    print("setting", v)


r = Record()
print(type(r.value).__name__)
r.value = 1
print(r.value)
Field.__get__ = get
print(r.value)
Field.__set__ = set_
r.value = 2
print(r.value, vars(r))
del Field.__get__
r.value = 3
print(type(r.value).__name__, vars(r))
del Field.__set__
r.value = 4
print(r.value, vars(r))
