# sys as a course uses it: argv, maxsize as "infinity", stdout.write's count, platform constants
import sys
from sys import maxsize

print(sys.argv[0].split("/")[-1], len(sys.argv), type(sys.argv).__name__)
if len(sys.argv) == 1:
    print("no arguments")
smallest = maxsize
for x in [5, 3, 9]:
    if x < smallest:
        smallest = x
print(smallest, -sys.maxsize - 1, sys.maxsize + 1)
n = sys.stdout.write("hello\n")
print(n, sys.stdout.write("héllo wörld\n"))
sys.stdout.flush()
print("to stdout", file=sys.stdout, flush=True)
out = sys.stdout
write = out.write
write("through a name\n")
print(sys.maxunicode, sys.byteorder, sys.platform, sys.get_int_max_str_digits())
sys.set_int_max_str_digits(4300)
print(sys is __import__("sys"), type(sys.argv).__name__)
