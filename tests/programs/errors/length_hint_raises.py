# an error other than TypeError raised in __length_hint__ ends list.extend
class Stream:
    def __iter__(self):
        return iter([1, 2])

    def __length_hint__(self):
        raise KeyError("hint")


items = []
items.extend(Stream())
