# annotated subscripts, attributes and parenthesised names assign but are not stored in __annotations__
class Holder:
    pass


h = Holder()
d = {}
d["k"]: str = "v"
h.attr: int = 5
(w): float = 2.5
h.other: int
print(d, h.attr, w, __annotations__, hasattr(h, "other"))
