# unsupported: subclassing line 2
class Tags(frozenset):
    def has(self, item):
        return item in self


t = Tags("ab")
