# dict.update with an object without keys(): its items must be pairs
class NoKeys:
    def __iter__(self):
        return iter([("a", 1), 5])


d = {}
d.update(NoKeys())
