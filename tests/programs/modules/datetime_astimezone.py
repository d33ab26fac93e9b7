# converting between time zones: astimezone, comparing and subtracting aware datetimes in UTC
from datetime import datetime, timedelta, timezone

tokyo = timezone(timedelta(hours=9), "JST")
london = datetime(2024, 6, 1, 12, 0, tzinfo=timezone.utc)
there = london.astimezone(tokyo)
print(repr(there))
print(there == london, there - london, there.hour - london.hour)
print(london.astimezone(timezone.utc) is london)
back = there.astimezone(timezone(timedelta(hours=-3)))
print(back, back.tzname())
print(london < there + timedelta(seconds=1), sorted([there, london + timedelta(minutes=1)])[0] is there)
print(london.timestamp(), there.timestamp())
print(datetime(1970, 1, 1, tzinfo=timezone.utc).timestamp())
early = datetime(2024, 6, 1, 8, 0, tzinfo=timezone(timedelta(hours=-4)))
print(early == london, early - datetime(2024, 6, 1, tzinfo=tokyo))
print(london.astimezone(tokyo).astimezone(timezone.utc) == london)
print(tokyo.fromutc(datetime(2024, 6, 1, tzinfo=tokyo)))
