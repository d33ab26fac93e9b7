# collections.UserList: getitem
from collections import UserList


class Doubled(UserList):
    def __getitem__(self, i):
        return 2 * self.data[i]


d = Doubled([1, 2, 3])
for x in d:
    print(x)
print(list(reversed(d)), d[0])
