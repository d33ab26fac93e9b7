# datetime and date from a timestamp: local (the run's TZ), UTC, in a time zone, and rounding
from datetime import date, datetime, timedelta, timezone

stamp = 1704412800
print(repr(datetime.utcfromtimestamp(stamp)), repr(datetime.utcfromtimestamp(-1.5)))
print(repr(datetime.fromtimestamp(stamp, timezone.utc)))
print(repr(datetime.fromtimestamp(stamp, tz=timezone(timedelta(hours=2)))))
print(datetime.fromtimestamp(stamp) == datetime.fromtimestamp(stamp, timezone.utc).astimezone().replace(tzinfo=None))
print(date.fromtimestamp(stamp) == datetime.fromtimestamp(stamp).date())
for value in [0.0000005, 0.0000015, 0.0000025, 1704412800.5, True]:
    print(repr(datetime.fromtimestamp(value, timezone.utc)))
print(datetime.fromtimestamp(stamp, timezone.utc).timestamp() == stamp)
for bad in ["x", None, 1e20, float("nan")]:
    try:
        datetime.fromtimestamp(bad)
    except (TypeError, OverflowError, ValueError) as error:
        print(type(error).__name__, error)
try:
    datetime.fromtimestamp(stamp, 5)
except TypeError as error:
    print(error)
