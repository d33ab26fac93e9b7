# unsupported: annotation line 5
from __future__ import annotations


limit: max(1, 2) = 3
print(__annotations__)
