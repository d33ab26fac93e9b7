# def __m and class __C in a class bind _A__m and _A__C; __name__ and __qualname__ stay as written.
class A:
    def __m(self):
        return "m"

    class __C:
        __y = 1

    def call(self):
        return self.__m()


print(sorted(k for k in vars(A) if not k.startswith("__")))
print(A._A__m.__name__, A._A__m.__qualname__, A._A__C.__name__, A._A__C.__qualname__)
print(A().call(), sorted(k for k in vars(A._A__C) if not k.startswith("__")))
