# isoformat's argument errors: a separator of one character, a known timespec name
from datetime import datetime, time, date

moment = datetime(2024, 3, 9, 14, 5, 7)
calls = [
    lambda: moment.isoformat(sep="--"),
    lambda: moment.isoformat(5),
    lambda: moment.isoformat(""),
    lambda: moment.isoformat(timespec="days"),
    lambda: moment.isoformat(timespec=3),
    lambda: moment.isoformat("T", "hours", "x"),
    lambda: moment.isoformat(timespec="hours", sep="T", zone=1),
    lambda: moment.isoformat(stamp=1),
    lambda: time(9).isoformat(5),
    lambda: time(9).isoformat("hours", "x"),
    lambda: time(9).isoformat(timespec="second"),
    lambda: date(2024, 3, 9).isoformat(timespec="hours"),
]
for call in calls:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
