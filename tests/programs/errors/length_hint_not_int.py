# list() of an object whose __length_hint__ returns a str: TypeError
class Stream:
    def __iter__(self):
        return iter([1, 2])

    def __length_hint__(self):
        return "2"


print(list(Stream()))
