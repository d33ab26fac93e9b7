# unsupported: collections.UserList line 4
import collections

items = collections.UserList([1, 2])
