# unsupported: __getattribute__ line 12
class Proxy:
    def __getattribute__(self, name):
        return object.__getattribute__(self, name)


class Other:
    pass


match Proxy():
    case Other():
        print("other")
    case _:
        print("no")
