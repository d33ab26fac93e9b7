# attribute lookup walks a three-level inheritance chain
class A:
    x = "A.x"
    def who(self):
        return "A"

class B(A):
    y = "B.y"

class C(B):
    def who(self):
        return "C"

c = C()
print(c.x, c.y, c.who())
print(isinstance(c, A), issubclass(C, A), issubclass(A, C))
