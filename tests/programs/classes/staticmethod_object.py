# staticmethod and classmethod objects sit in the class namespace
class Util:
    @staticmethod
    def double(x):
        return x * 2

    @classmethod
    def name(cls):
        return cls.__name__

print(Util.double(4), Util().double(5), Util.name(), Util().name())
