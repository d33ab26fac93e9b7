# the local time zone (the run's TZ): astimezone() with no zone, timestamp() of naive datetimes
from datetime import datetime, timedelta, timezone

noon = datetime(2024, 6, 1, 12, 0, tzinfo=timezone.utc)
local = noon.astimezone()
print(local == noon, local.utcoffset() == local.tzinfo.utcoffset(None))
naive = datetime(2024, 6, 1, 12, 0, 0, 250000)
print(naive.astimezone(timezone.utc) - noon == naive.astimezone() - noon)
print(naive.timestamp() - noon.timestamp() == -naive.astimezone().utcoffset().total_seconds() + 0.25)
print(type(naive.astimezone().tzinfo).__name__, naive.astimezone().tzinfo.tzname(None) == naive.astimezone().tzname())
moment = datetime.now(timezone.utc)
print(moment.tzinfo is timezone.utc, type(moment).__name__)
shifted = datetime.now(tz=timezone(timedelta(hours=3)))
print(shifted.utcoffset(), abs(shifted - moment) < timedelta(minutes=1))
