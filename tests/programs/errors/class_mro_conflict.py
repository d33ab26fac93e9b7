# bases in an order no MRO can honour
class A:
    pass

class B(A):
    pass

class C(A, B):
    pass
