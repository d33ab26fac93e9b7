# dict() of an object whose keys() returns something that is not iterable: CPython's TypeError
class Odd:
    def keys(self):
        return 5

    def __getitem__(self, key):
        return key


d = dict(Odd())
