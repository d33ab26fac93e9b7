# the errors of time zones: bad offsets and names, naive against aware, tzinfo arguments
from datetime import datetime, time, timedelta, timezone, tzinfo

attempts = [
    lambda: timezone(1),
    lambda: timezone(timedelta(hours=24)),
    lambda: timezone(-timedelta(hours=24)),
    lambda: timezone(timedelta(hours=1), 5),
    lambda: timezone(timedelta(0), None),
    lambda: timezone(),
    lambda: timezone(timedelta(0), "a", 3),
    lambda: timezone.utc.utcoffset(1),
    lambda: timezone.utc.tzname("x"),
    lambda: datetime(2024, 1, 5, tzinfo=1),
    lambda: datetime(2024, 1, 5, tzinfo=timezone.utc) - datetime(2024, 1, 5),
    lambda: datetime(2024, 1, 5, tzinfo=timezone.utc) < datetime(2024, 1, 5),
    lambda: time(1, tzinfo=timezone.utc) < time(1),
    lambda: datetime(2024, 1, 5).replace(tzinfo="UTC"),
    lambda: datetime(2024, 1, 5).astimezone(1),
    lambda: tzinfo().utcoffset(None),
    lambda: tzinfo().tzname(None),
    lambda: datetime(2024, 1, 5, tzinfo=tzinfo()).utcoffset(),
    lambda: timezone.utc.fromutc(datetime(2024, 1, 5)),
]
for attempt in attempts:
    try:
        print(attempt())
    except (TypeError, ValueError, NotImplementedError) as error:
        print(type(error).__name__, error)
print(datetime(2024, 1, 5, tzinfo=timezone.utc) == datetime(2024, 1, 5))
print(time(1, tzinfo=timezone.utc) != time(1))
