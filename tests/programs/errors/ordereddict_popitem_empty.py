# popitem on an empty OrderedDict raises KeyError
from collections import OrderedDict

od = OrderedDict(a=1)
od.popitem()
od.popitem()
