# raising something that is not an exception is itself a TypeError
try:
    raise 42
except TypeError as e:
    print(e)
try:
    raise ValueError from 7
except TypeError as e:
    print(e)
