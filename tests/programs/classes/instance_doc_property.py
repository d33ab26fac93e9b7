# A base's __doc__ property is hidden by the subclass's own __doc__ entry (None)
class Described:
    @property
    def __doc__(self):
        return "made by a property"

class Plain(Described):
    pass

print(Described().__doc__)
print(Plain().__doc__)
