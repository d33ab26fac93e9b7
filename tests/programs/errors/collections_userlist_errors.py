# collections.UserList: its errors
from collections import UserList

items = UserList([1, 2])
try:
    items.remove(5)
except ValueError as e:
    print(e)
try:
    items.index(7)
except ValueError as e:
    print(e)
try:
    UserList(5)
except TypeError as e:
    print(e)
try:
    items < 3
except TypeError as e:
    print(e)
print(items[5])
