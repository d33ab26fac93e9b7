# unsupported: collections.UserString line 4
import collections

text = collections.UserString("abc")
