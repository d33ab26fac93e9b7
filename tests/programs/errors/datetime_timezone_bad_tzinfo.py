# a datetime's tzinfo must be a tzinfo: another datetime is a TypeError
from datetime import datetime

stamp = datetime(2024, 1, 5, tzinfo=None)
moment = datetime(2024, 1, 5, tzinfo=stamp)
