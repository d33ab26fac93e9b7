# unsupported: tzinfo line 5
from datetime import datetime

stamp = datetime(2024, 1, 5, tzinfo=None)
moment = datetime(2024, 1, 5, tzinfo=stamp)
