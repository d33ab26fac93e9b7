# datetime.datetime and datetime.time: fields, str/repr, arithmetic, date() and time()
from datetime import datetime, time, timedelta

meeting = datetime(2024, 1, 5, 10, 30)
print(meeting, repr(meeting), meeting.hour, meeting.minute, meeting.second)
print(meeting.date(), meeting.time(), repr(meeting.time()))
print(meeting.isoformat(), meeting.isoformat(" "), meeting + timedelta(hours=20))
print(meeting - datetime(2024, 1, 1), meeting > datetime(2023, 12, 31, 23, 59))
alarm = time(7, 15)
print(alarm, repr(alarm), repr(time()), time(1, 2, 3, 4), alarm < time(8))
print(repr(meeting.replace(minute=0, second=5)), isinstance(meeting, datetime))
