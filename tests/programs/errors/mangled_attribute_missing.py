# Reading obj.__x from outside the class is not the mangled attribute: AttributeError.
class A:
    def __init__(self):
        self.__x = 1


a = A()
print(a._A__x)
print(a.__x)
