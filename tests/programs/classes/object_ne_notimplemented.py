# object.__ne__ of a plain class keeps NotImplemented for different objects
class Plain:
    pass


p = Plain()
q = Plain()
print(object.__ne__(p, p), object.__ne__(p, q))
print(object.__eq__(p, 3))
print(object.__hash__(p) == hash(p))
