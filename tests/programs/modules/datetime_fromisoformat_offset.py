# fromisoformat reads a UTC offset or Z: aware datetimes and times, timezone.utc for +00:00
from datetime import datetime, time, timezone

for text in ["2024-01-05T10:00:00+01:00", "2024-01-05T10:00+05:30", "2024-01-05T10:00:00Z",
             "2024-01-05T10:00:00.5-03:00", "2024-01-05T10:00:00-05:30:15",
             "2024-01-05 23:59:59+01:00:00.000001"]:
    print(repr(datetime.fromisoformat(text)))
print(datetime.fromisoformat("2024-01-05T10:00:00+00:00").tzinfo is timezone.utc)
print(repr(time.fromisoformat("10:00+01:00")), repr(time.fromisoformat("10:00:00Z")))
stamp = datetime.fromisoformat("2024-01-05T10:00:00-08:00")
print(stamp.isoformat(), datetime.fromisoformat(stamp.isoformat()) == stamp)
for bad in ["2024-01-05T10:00:00+24:00", "2024-01-05T10:00:00+01:00Z", "2024-01-05T+01:00"]:
    try:
        datetime.fromisoformat(bad)
    except ValueError as error:
        print(error)
