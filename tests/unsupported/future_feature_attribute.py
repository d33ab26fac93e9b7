# unsupported: __future__ line 3
from __future__ import annotations
print(annotations.compiler_flag)
