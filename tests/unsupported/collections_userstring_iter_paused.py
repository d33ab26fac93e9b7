# unsupported: UserString line 5
from collections import UserString

it = iter(UserString("ab"))
print(next(it))
