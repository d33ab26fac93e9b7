# typing's errors: wrong parameter counts and values that are not types
from typing import Dict, List, Optional, Union

for make in (lambda: List[int, str], lambda: Dict[str], lambda: List[3], lambda: Union[()],
             lambda: Optional[int, str], lambda: List(), lambda: Optional[List], lambda: List[int] < List[int]):
    try:
        print(make())
    except TypeError as e:
        print("TypeError:", e)
