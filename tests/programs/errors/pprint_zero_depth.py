# a PrettyPrinter with depth 0 raises ValueError
import pprint

printer = pprint.PrettyPrinter(depth=0)
