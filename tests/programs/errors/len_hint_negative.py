# a __len__ that returns a negative number fails list() too: CPython asks it for a length hint
class Liar:
    def __iter__(self):
        return iter([1, 2])

    def __len__(self):
        return -1


items = list(Liar())
