# a timezone's offset must be under a day either way
from datetime import timedelta, timezone

print(timezone(timedelta(hours=25)))
