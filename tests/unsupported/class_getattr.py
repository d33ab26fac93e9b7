# unsupported: __getattr__ line 2
class Lazy:
    def __getattr__(self, name):
        return name.upper()


print(Lazy().size)
