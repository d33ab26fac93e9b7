# collections.UserString: its errors, CPython's messages
from collections import UserString

s = UserString("abc")
try:
    UserString()
except TypeError as e:
    print(e)
try:
    s.center()
except TypeError as e:
    print(e)
try:
    s.upper(1)
except TypeError as e:
    print(e)
try:
    s * "x"
except TypeError as e:
    print(e)
try:
    s < 3
except TypeError as e:
    print(e)
try:
    s.index("z")
except ValueError as e:
    print(e)
try:
    int(s)
except ValueError as e:
    print(e)
try:
    s.find(1)
except TypeError as e:
    print(e)
print(s[3])
