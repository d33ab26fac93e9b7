# an attribute missing on super(): CPython's hint picks from the super object's own names
class Base:
    def __init__(self):
        self.n = 1


class Child(Base):
    def as_index(self):
        return super().__index__()


Child().as_index()
