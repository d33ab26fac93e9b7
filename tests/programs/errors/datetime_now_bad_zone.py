# datetime.now's tz must be a tzinfo
from datetime import datetime

print(datetime.now("UTC"))
