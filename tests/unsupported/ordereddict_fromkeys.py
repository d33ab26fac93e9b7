# unsupported: OrderedDict.fromkeys line 3
from collections import OrderedDict
d = OrderedDict().fromkeys("ab")
