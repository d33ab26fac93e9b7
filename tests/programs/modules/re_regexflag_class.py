# re's flags are members of re.RegexFlag, an IntFlag: their type, their class's place among the types, isinstance()
import enum
import re

print(re.RegexFlag, type(re.I), type(re.I | re.M))
print(re.RegexFlag.IGNORECASE is re.I, re.I is re.IGNORECASE, re.A is re.ASCII)
print(isinstance(re.I, int), isinstance(re.M, re.RegexFlag), isinstance(re.S, enum.IntFlag))
print(issubclass(re.RegexFlag, enum.Flag), re.I.__class__ is re.RegexFlag)
print(re.RegexFlag.__name__, re.RegexFlag.__module__, re.RegexFlag.__bases__)
print(re.RegexFlag.__mro__)
flags = re.IGNORECASE
print(flags.value, flags.name, type(flags.value))
