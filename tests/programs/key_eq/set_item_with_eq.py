# A set item whose class defines __eq__ and __hash__: an equal but distinct C(1) is in the
# set, through a call of __eq__ with the stored item as self.
class C:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __hash__(self):
        return hash(self.v)

s = {C(1)}
print(C(1) in s)
