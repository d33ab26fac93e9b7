# unsupported: float line 5
from enum import Enum


class Ratio(float, Enum):
    HALF = 0.5
