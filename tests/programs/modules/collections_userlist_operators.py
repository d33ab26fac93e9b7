# collections.UserList: operators
from collections import UserList

a = UserList([1, 2])
b = a + [3]
c = [0] + a
d = a * 2
e = 2 * a
print(b, c, d, e, type(c).__name__)
a += (4,)
a *= 2
print(a, a[1:3], type(a[1:3]).__name__)
a[0] = 10
del a[-1]
print(a, UserList("ab"), UserList(UserList([1])))
f = a.copy()
f.append(0)
print(f, a, f.data is a.data)
