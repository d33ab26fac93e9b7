# __getitem__, __setitem__, __delitem__ and __contains__ make a container
class Shelf:
    def __init__(self):
        self.books = {}

    def __getitem__(self, key):
        return self.books[key]

    def __setitem__(self, key, value):
        self.books[key] = value

    def __delitem__(self, key):
        del self.books[key]

    def __contains__(self, key):
        return key in self.books

s = Shelf()
s["a"] = "Dune"
s["b"] = "Emma"
print(s["a"], "b" in s)
del s["b"]
print("b" in s)
