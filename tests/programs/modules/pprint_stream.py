# pprint writes to a stream: an io.StringIO, sys.stdout given by name, a printer's own stream
import io
import pprint
import sys

buffer = io.StringIO()
pprint.pprint({"a": list(range(20)), "b": "x"}, stream=buffer, width=30)
print(buffer.getvalue())
other = io.StringIO()
printer = pprint.PrettyPrinter(width=8, stream=other)
printer.pprint([1, [2, 3]])
print(repr(other.getvalue()))
pprint.pprint("to stdout", stream=sys.stdout)
