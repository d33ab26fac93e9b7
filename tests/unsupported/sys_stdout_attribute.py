# unsupported: encoding line 4
import sys

print(sys.stdout.encoding)
