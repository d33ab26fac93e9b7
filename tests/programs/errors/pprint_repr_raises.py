# an error in a __repr__ that pprint calls ends the program with the program's own frames
import pprint


class Broken:
    def __repr__(self):
        raise ValueError("cannot show this")


def show(items):
    pprint.pprint(items, width=5)


show([1, Broken()])
