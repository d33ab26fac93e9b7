# Comprehensions, f-strings and nested functions inside a class mangle names too.
class A:
    __k = 2

    def f(self):
        __v = 5
        squares = [__i * __i for __i in range(3)]

        def inner():
            return __v + 1

        return squares, f"{__v}-{inner()}", self.__k


print(A().f())
