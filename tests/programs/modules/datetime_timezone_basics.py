# timezone objects: utc, fixed offsets with and without names, their repr, str and methods
from datetime import UTC, timedelta, timezone, tzinfo

utc = timezone.utc
print(repr(utc), str(utc), utc is UTC)
plus_one = timezone(timedelta(hours=1))
paris = timezone(timedelta(hours=1), "CET")
india = timezone(timedelta(hours=5, minutes=30))
odd = timezone(-timedelta(minutes=90, seconds=7, microseconds=5))
print(repr(plus_one), str(plus_one))
print(repr(paris), str(paris))
print(str(india), str(odd))
print(timezone(timedelta(0)) is utc, timezone(timedelta(0), "UTC") is utc)
print(timezone(offset=timedelta(hours=-8), name="PST"))
print(paris.utcoffset(None), paris.tzname(None), paris.dst(None))
print(plus_one == paris, plus_one != india, utc == 0)
print(hash(plus_one) == hash(paris), hash(utc) == hash(timedelta(0)))
print(repr(timezone.min), repr(timezone.max))
print(isinstance(utc, tzinfo), type(utc).__name__)
zones = {plus_one: "one", india: "india"}
print(zones[paris])
