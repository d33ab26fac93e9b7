# `import dataclasses` and the decorator read from the module
import dataclasses


@dataclasses.dataclass(frozen=True, order=True)
class Temp:
    degrees: float


a = Temp(20.5)
print(a, dataclasses.astuple(a), dataclasses.is_dataclass(a))
try:
    a.degrees = 0
except dataclasses.FrozenInstanceError as err:
    print(repr(err))
