# unsupported: __getattribute__ line 10
class Proxy:
    def __getattribute__(self, name):
        print("looking up", name)
        return object.__getattribute__(self, name)


p = Proxy()
print(isinstance(p, Proxy))
print(isinstance(p, int))
