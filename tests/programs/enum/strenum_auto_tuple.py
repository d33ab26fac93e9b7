# auto() inside a tuple in a StrEnum: each auto() becomes the lower-cased name, then StrEnum's checks see the tuple
from enum import StrEnum, auto

try:

    class Pair(StrEnum):
        ONE = (auto(), "utf-8")

except TypeError as e:
    print(e)


class Kind(StrEnum):
    A = auto()


print(Kind.A, Kind._member_names_)
