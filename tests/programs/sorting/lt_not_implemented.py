# A __lt__ answering NotImplemented is asked twice per comparison by sort, then __gt__ reflected
class Size:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("lt", self.v, other.v)
        return NotImplemented

    def __gt__(self, other):
        print("gt", self.v, other.v)
        return self.v > other.v


sizes = [Size(2), Size(1), Size(3)]
sizes.sort()
print([s.v for s in sizes])
pairs = [(Size(5), "a"), (Size(4), "b")]
pairs.sort()
print([p[1] for p in pairs])
