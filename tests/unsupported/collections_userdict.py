# unsupported: collections.UserDict line 4
import collections

d = collections.UserDict()
