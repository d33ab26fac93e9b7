# How re's flags print: repr, str, format and % as CPython 3.11's global_flag_repr gives them
import re

print(repr(re.I), str(re.M), re.S, [re.I, re.X], (re.U,))
print(re.I | re.M, repr(re.NOFLAG), re.I & re.M)
print(f"{re.I}|{re.M:x}|{re.DOTALL:>4}|{re.I | re.S!r}", format(re.VERBOSE, "d"))
print("%s %d %r" % (re.I, re.M, re.A | re.L))
print(re.I | 1024, re.RegexFlag(4096), re.RegexFlag(0))
print(~re.I)
print(~re.NOFLAG)
print({re.I: "one", 2: "two"})
