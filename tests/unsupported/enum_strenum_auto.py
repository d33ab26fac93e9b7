# unsupported: StrEnum line 6
from enum import StrEnum, auto


class Mode(StrEnum):
    READ = auto()
