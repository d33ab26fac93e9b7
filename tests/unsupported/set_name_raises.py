# unsupported: __set_name__ line 7
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError(name)


class Owner:
    field = Bad()
