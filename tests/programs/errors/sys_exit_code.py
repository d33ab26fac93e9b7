# sys.exit raises SystemExit: it can be caught, and uncaught it ends the program quietly
import sys

try:
    sys.exit(2)
except SystemExit as e:
    print("caught", e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print("caught", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("caught", repr(e.code))


def finish(total):
    print("total", total)
    sys.exit(0)
    print("never")


finish(sum(range(5)))
print("never either")
