# collections.UserDict: abc
from collections import UserDict
from collections.abc import Mapping, MutableMapping, Sized


class Mine(UserDict):
    pass


for obj in [UserDict(), Mine(), {}]:
    print(isinstance(obj, MutableMapping), isinstance(obj, Mapping), isinstance(obj, Sized))
print(issubclass(Mine, UserDict), UserDict.__name__, type(UserDict).__name__)
