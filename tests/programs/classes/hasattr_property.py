# hasattr runs a property's getter; AttributeError inside it means False
class Lazy:
    @property
    def value(self):
        return self.missing

    @property
    def ok(self):
        return 1

l = Lazy()
print(hasattr(l, "value"), hasattr(l, "ok"))
