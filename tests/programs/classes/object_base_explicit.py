# class C(object) is the same as class C; object() is a plain instance
class C(object):
    pass

print(C.__bases__[0] is object, isinstance(C(), object))
o = object()
print(type(o) is object)
