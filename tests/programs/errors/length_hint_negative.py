# tuple() of an object whose __length_hint__ returns a negative int: ValueError
class Stream:
    def __iter__(self):
        return iter([1, 2])

    def __length_hint__(self):
        return -1


print(tuple(Stream()))
