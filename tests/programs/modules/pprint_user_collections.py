# pprint lays out UserDict, UserList and UserString as the data they hold, and class namespaces
import pprint
from collections import UserDict, UserList, UserString

pprint.pprint(UserList(range(40)))
pprint.pprint(UserDict({"k%d" % i: i * i for i in range(12)}))
pprint.pprint(UserString("word " * 20), width=30)
