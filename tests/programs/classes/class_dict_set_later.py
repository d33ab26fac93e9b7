# a docstring set on a class later takes the __doc__ place type() gave it; new names go last
class Note:
    pass


Note.__doc__ = "set later"
Note.kind = "memo"
print(vars(Note))
