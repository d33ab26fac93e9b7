# isinstance() and issubclass() with typing's names: List stands for list, Union for its members
from typing import Callable, Dict, Iterable, List, Literal, Optional, Tuple, Union

values = [[1], 3, "s", {}, (1,), len, None]
for v in values:
    print(repr(v), isinstance(v, List), isinstance(v, Union[int, str]), isinstance(v, Dict),
          isinstance(v, Tuple), isinstance(v, Callable), isinstance(v, Iterable),
          isinstance(v, Optional[int]))
print(issubclass(bool, Optional[int]), issubclass(list, List))
for check in (lambda: isinstance(1, List[int]), lambda: isinstance(1, Optional),
              lambda: issubclass(int, Literal), lambda: isinstance(1, Literal[1])):
    try:
        check()
    except TypeError as e:
        print("TypeError:", e)
