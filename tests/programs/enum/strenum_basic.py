# enum.StrEnum: basic
from enum import StrEnum


class Mode(StrEnum):
    READ = "r"
    WRITE = "w"


opened = "open:" + Mode.WRITE
print(opened, str(Mode.READ), repr(Mode.READ), f"[{Mode.WRITE}]", f"{Mode.READ:>3}")
print(Mode("r") is Mode.READ, Mode.READ == "r", Mode.WRITE.upper(), list(Mode))
