# unsupported: __eq__ line 12
# A set item whose class defines __eq__ and __hash__: python3 finds C(1) in {C(1)} (True);
# memstep, whose set compares items without calling __eq__, would answer False, so it refuses.
class C:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __hash__(self):
        return hash(self.v)

s = {C(1)}
print(C(1) in s)
