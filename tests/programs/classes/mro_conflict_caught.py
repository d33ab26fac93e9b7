# Bases that cannot be ordered: CPython's MRO TypeError, caught and printed
class A:
    pass


class B(A):
    pass


try:
    class C(A, B):
        pass
except TypeError as e:
    print(e)
print("done")
