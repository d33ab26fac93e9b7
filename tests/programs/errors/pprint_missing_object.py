# pprint.pprint called without an object raises TypeError
import pprint

pprint.pprint(width=20)
