# collections.UserDict: arguments
from collections import UserDict

try:
    UserDict({}, {})
except TypeError as e:
    print(e)
d = UserDict()
try:
    d.update({}, {})
except TypeError as e:
    print(e)
d.get()
