# unsupported: stderr line 4
import sys

print("warning", file=sys.stderr)
