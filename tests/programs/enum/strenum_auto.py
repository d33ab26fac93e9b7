# StrEnum's auto() gives each member its name in lower case
from enum import StrEnum, auto


class Mode(StrEnum):
    READ = auto()
    WRITE = auto()
    Append_Only = auto()
    LEGACY = "old"
    LATER = auto()


print(Mode.READ, repr(Mode.WRITE), Mode.Append_Only.value, Mode.LATER)
print(list(Mode), Mode("read") is Mode.READ, Mode.READ == "read")
print(f"{Mode.WRITE}-{Mode.LEGACY}", Mode.READ.upper(), isinstance(Mode.READ, str))
