# pprint sorts dict keys and set items with `<`: a class's __lt__ runs at each comparison
import pprint


class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

    def __hash__(self):
        return hash((self.major, self.minor))

    def __repr__(self):
        return "v%d.%d" % (self.major, self.minor)


releases = {Version(2, 0): "stable", Version(1, 4): "old", Version(3, 1): "beta"}
pprint.pprint(releases)
pprint.pprint({Version(1, 0), Version(0, 9)}, width=6)
