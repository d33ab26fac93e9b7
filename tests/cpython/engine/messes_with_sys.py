# Bytes that are not UTF-8, a NUL, a program that turns tracing off and replaces builtins:
# the trace stays valid JSON and records to the end.
import builtins
import sys

sys.settrace(None)
sys.stdout.buffer.write(b"\xff\xfe\x00junk\n")
builtins.len = None
builtins.str = None
items = [1, 2]
print(items)
