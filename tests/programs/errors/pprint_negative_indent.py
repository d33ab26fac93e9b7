# pprint.pprint with a negative indent raises ValueError
import pprint

pprint.pprint([1, 2, 3], indent=-1)
