# unsupported: DeprecationWarning line 7
from enum import Enum, auto


class Size(Enum):
    SMALL = "s"
    LARGE = auto()
