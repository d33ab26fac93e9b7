# datetime.timedelta: normalized to days/seconds/microseconds, its arithmetic, str and repr
from datetime import timedelta

t = timedelta(days=1, seconds=3600)
print(repr(t), t, t.days, t.seconds, t.microseconds, t.total_seconds())
half = timedelta(hours=-1)
print(repr(half), half, abs(half), -t)
print(t * 2, 3 * t, t / 2, t // 3, t / timedelta(hours=1), t // timedelta(hours=7))
print(t % timedelta(hours=7), divmod(t, timedelta(hours=7)))
print(repr(timedelta(0)), bool(timedelta(0)), timedelta(minutes=90) > timedelta(hours=1))
print(timedelta(weeks=1, milliseconds=3), timedelta(microseconds=-1), timedelta(minutes=1.5))
total = sum([timedelta(minutes=20), timedelta(minutes=50)], timedelta())
print(total, total == timedelta(hours=1, minutes=10))
