# unsupported: datetime.strptime line 4
from datetime import datetime

when = datetime.strptime("2024-01-05", "%Y-%m-%d")
