# object.__new__ and type.__new__ check their first argument: present, a class, a subtype of theirs
class Meta(type):
    def __new__(mcs, *args):
        return super().__new__(*args)


class Plain:
    def __new__(cls, *args):
        return super().__new__(*args)


def attempt(text, make):
    try:
        print(text, "->", make())
    except TypeError as e:
        print(text, "TypeError:", e)


attempt("Meta.__new__(Meta)", lambda: Meta.__new__(Meta))
attempt("Meta.__new__(Meta, 1)", lambda: Meta.__new__(Meta, 1))
attempt("Meta.__new__(Meta, int)", lambda: Meta.__new__(Meta, int))
attempt("Meta.__new__(Meta, type)", lambda: Meta.__new__(Meta, type))
attempt("Meta.__new__(Meta, Meta, ...)", lambda: Meta.__new__(Meta, Meta, "Made", (), {}).__name__)
attempt("Plain.__new__(Plain)", lambda: Plain.__new__(Plain))
attempt("Plain.__new__(Plain, 1)", lambda: Plain.__new__(Plain, 1))
attempt("Plain.__new__(Plain, int)", lambda: Plain.__new__(Plain, int))
attempt("Plain.__new__(Plain, Plain)", lambda: type(Plain.__new__(Plain, Plain)).__name__)
attempt("object.__new__()", lambda: object.__new__())
attempt("object.__new__(1)", lambda: object.__new__(1))
attempt("object.__new__(ValueError)", lambda: object.__new__(ValueError))
