# strftime's common directives, and fromisoformat reading dates, datetimes and times back
from datetime import date, datetime, time

moment = datetime(2024, 7, 4, 15, 5, 9)
print(moment.strftime("%Y-%m-%d %H:%M:%S"))
print(moment.strftime("%A %a %B %b day %j, %I %p, %y %%"))
print(date(2024, 1, 5).strftime("%d/%m/%Y"), time(9, 5).strftime("%H.%M"))
print(repr(date.fromisoformat("2024-02-29")))
print(repr(datetime.fromisoformat("2024-01-05T10:30")))
print(repr(datetime.fromisoformat("2024-01-05 10:30:15.5")), time.fromisoformat("23:59:59"))
