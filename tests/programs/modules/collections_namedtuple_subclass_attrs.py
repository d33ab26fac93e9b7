# A subclass of a namedtuple class without __slots__: its objects get a __dict__ for attributes
from collections import namedtuple

Base = namedtuple("Base", ["name", "score"])


class Player(Base):
    def label(self):
        return f"{self.name}:{self.score}"


p = Player("ana", 7)
p.team = "red"
p.score_bonus = p.score + 3
print(p, p.team, vars(p), p.__dict__ is vars(p), p.label())
q = p._replace(score=9)
print(q, type(q).__name__, vars(q), hasattr(q, "team"))
print(len(p), p[0], p[-1], p[:1], list(p), p.count("ana"), p.index(7))
try:
    p.name = "bob"
except AttributeError as e:
    print("AttributeError:", e)
del p.team
print(vars(p), Player.__bases__ == (Base,), Player.__name__, Base.__name__)
try:
    del p.score
except AttributeError as e:
    print("AttributeError:", e)
