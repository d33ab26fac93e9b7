# unsupported: fold line 4
from datetime import datetime

repeated = datetime(2024, 11, 3, 1, 30, fold=1)
print(repeated)
