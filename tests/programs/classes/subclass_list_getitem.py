# a list subclass overriding __getitem__ and __setitem__: s[i] calls them, iteration does not
class OneBased(list):
    def __getitem__(self, i):
        return super().__getitem__(i - 1)

    def __setitem__(self, i, value):
        super().__setitem__(i - 1, value)


xs = OneBased([10, 20, 30])
print(xs[1], xs[3])
xs[2] = 25
print(xs, list(xs), xs.pop(), xs.index(25))
for x in xs:
    print(x)
print(list.__getitem__(xs, 0), xs.__getitem__(1))
