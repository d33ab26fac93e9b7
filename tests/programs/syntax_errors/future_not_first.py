# a __future__ import after other statements is a SyntaxError
x = 1
from __future__ import annotations
