# __eq__ returning NotImplemented: the reflected __eq__ of the other key is tried, then
# identity decides (False).
class A:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        if not isinstance(other, A):
            return NotImplemented
        return self.v == other.v

    def __hash__(self):
        return 1


class B:
    def __eq__(self, other):
        print("B.__eq__")
        return NotImplemented

    def __hash__(self):
        return 1


d = {A(1): "a", B(): "b"}
print(len(d))
print(B() in d, A(1) in d, A(2) in d)
s = {B(), B()}
print(len(s))
