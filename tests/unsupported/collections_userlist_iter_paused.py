# unsupported: UserList line 5
from collections import UserList

it = iter(UserList([1, 2]))
print(next(it))
