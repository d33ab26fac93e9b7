# calling Enum itself with a value: TypeError, it has no members defined
from enum import Enum

print(Enum(1))
