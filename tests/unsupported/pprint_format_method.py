# unsupported: PrettyPrinter.format line 5
import pprint

printer = pprint.PrettyPrinter()
printer.format([1], {}, 0, 0)
