# unsupported: PrettyPrinter line 9
import pprint


class Shouting(pprint.PrettyPrinter):
    pass


printer = Shouting(width=20)
