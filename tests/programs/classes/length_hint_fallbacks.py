# __length_hint__ returning NotImplemented or raising TypeError gives the default; __len__ comes first
import operator


class Unsure:
    def __iter__(self):
        return iter("ab")

    def __length_hint__(self):
        return NotImplemented


class Broken:
    def __iter__(self):
        return iter("cd")

    def __length_hint__(self):
        raise TypeError("no idea")


class Sized:
    def __iter__(self):
        return iter([5])

    def __len__(self):
        print("len")
        return 1

    def __length_hint__(self):
        print("never")
        return 7


class LenFails(Sized):
    def __len__(self):
        raise TypeError("len failed")

    def __length_hint__(self):
        print("hint after len")
        return 1


class Truthy:
    def __iter__(self):
        return iter([])

    def __length_hint__(self):
        return True


print(list(Unsure()), operator.length_hint(Unsure(), 4))
print(list(Broken()), operator.length_hint(Broken(), 6))
print(list(Sized()), operator.length_hint(Sized()))
print(tuple(LenFails()), operator.length_hint(LenFails()))
print(list(Truthy()), operator.length_hint(Truthy()))


class Huge:
    def __iter__(self):
        return iter([])

    def __length_hint__(self):
        return -(10**30)


try:
    list(Huge())
except OverflowError as e:
    print(e)
