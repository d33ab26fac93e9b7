# unsupported: depth line 4
import pprint

pprint.pprint([[1, [2]]], depth=1.5)
