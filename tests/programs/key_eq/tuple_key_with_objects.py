# Tuples holding objects with __eq__/__hash__ as keys: the tuple's hash runs each item's
# __hash__ and its == runs their __eq__.
class V:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __hash__(self):
        return self.n


d = {(V(1), "a"): 1}
print(d[(V(1), "a")], (V(1), "b") in d, hash((V(2), 3)) == hash((2, 3)))
