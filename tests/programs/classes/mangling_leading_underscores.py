# A class name's leading underscores are dropped: in class __D, __y is _D__y.
class __D:
    __y = 1


class _E:
    def __init__(self):
        self.__z = 2


print([k for k in vars(__D) if "y" in k], vars(_E()))
