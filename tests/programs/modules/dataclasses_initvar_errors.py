# InitVar's errors as python3 raises them: a missing InitVar argument, a __post_init__ that does not take it, a default factory
from dataclasses import dataclass, field, InitVar


@dataclass
class Scaled:
    value: int
    factor: InitVar[int]

    def __post_init__(self, factor):
        self.value *= factor


@dataclass
class Forgetful:
    x: int
    unused: InitVar[str]

    def __post_init__(self):
        pass


print(Scaled(3, 4))
for make in (lambda: Scaled(3), lambda: Forgetful(1, "a"), lambda: Scaled(1, 2, 3)):
    try:
        make()
    except TypeError as e:
        print(e)
try:
    @dataclass
    class Bad:
        x: InitVar[list] = field(default_factory=list)
except TypeError as e:
    print(e)
