# unsupported: barry_as_FLUFL line 2
from __future__ import barry_as_FLUFL
print(1)
