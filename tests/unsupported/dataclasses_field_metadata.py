# unsupported: metadata line 7
from dataclasses import dataclass, field


@dataclass
class Length:
    value: float = field(metadata={"unit": "cm"})
