# `from .. import x` in the program's own file: ImportError, no parent package
total = 0
from ..utils import total
print(total)
