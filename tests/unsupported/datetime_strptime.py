# unsupported: %z line 4
from datetime import datetime

when = datetime.strptime("2024-01-05 +0100", "%Y-%m-%d %z")
