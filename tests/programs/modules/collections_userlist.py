# collections.UserList
from collections import UserList

items = UserList([3, 1, 2])
items.append(5)
items.insert(0, 9)
print(items, len(items), 2 in items, items[1], items.data)
print(items.pop(), items.pop(0), items)
items.sort()
items.reverse()
print(items, items.count(1), items.index(2))
items.extend(UserList([7]))
items.extend((8,))
items.remove(7)
print(items, items == [3, 2, 1, 8], items < [4], items >= UserList([3]))
for x in items:
    print(x)
print(list(reversed(items)), sorted(items))
items.clear()
print(items, bool(items))
