# a TypeError from __len__ while list() takes its length hint is passed over: the list is still built
class Odd:
    def __iter__(self):
        return iter("ab")

    def __len__(self):
        raise TypeError("no length")


class Half:
    def __iter__(self):
        return iter([1, 2])

    def __len__(self):
        return 2.5


print(list(Odd()), tuple(Half()))
try:
    len(Odd())
except TypeError as e:
    print(e)
