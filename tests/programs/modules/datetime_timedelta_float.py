# A timedelta times or divided by a float, and built from float parts: rounded to microseconds
from datetime import date, datetime, timedelta

lap = timedelta(minutes=1, seconds=30)
print(lap * 1.5, 2.5 * lap, lap / 4.0, lap * -0.25, lap / 3.0)
print(timedelta(hours=1.5), timedelta(days=0.1), timedelta(seconds=0.0000005), timedelta(days=-1.5))
print(lap * 3, lap / 7, lap // 7, timedelta(microseconds=5) / 2)
print(date(2024, 1, 1).ctime(), datetime(2024, 2, 29, 13, 5, 9).ctime())
