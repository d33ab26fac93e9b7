# __post_init__ runs after the generated __init__, as the program's own code
from dataclasses import dataclass, field


@dataclass
class Rect:
    width: float
    height: float
    area: float = field(init=False)

    def __post_init__(self):
        self.area = self.width * self.height


r = Rect(2.0, 3.5)
print(r)
