# isoformat(sep, timespec) of a datetime and isoformat(timespec) of a time
from datetime import datetime, time, timezone, timedelta

moment = datetime(2024, 3, 9, 14, 5, 7, 123456)
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, moment.isoformat(timespec=spec))
print(moment.isoformat(" ", "minutes"))
print(moment.replace(microsecond=0).isoformat(timespec="auto"))
print(moment.replace(microsecond=0).isoformat(timespec="microseconds"))
aware = moment.replace(tzinfo=timezone(timedelta(hours=2)))
print(aware.isoformat(sep="_", timespec="seconds"))
alarm = time(7, 30, 0, 999)
print(alarm.isoformat("milliseconds"), alarm.isoformat(timespec="hours"))
print(alarm.isoformat())
