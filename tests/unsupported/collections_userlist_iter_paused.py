# unsupported: the iter() generator of a UserList paused where the diagram shows it line 5
from collections import UserList

it = iter(UserList([1, 2]))
print(next(it))
