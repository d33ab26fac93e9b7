# datetime's validation messages and mixed-type errors, caught
from datetime import date, datetime, time, timedelta

attempts = [lambda: date(2024, 13, 1), lambda: date(2023, 2, 29), lambda: date(0, 1, 1),
            lambda: time(24, 0), lambda: datetime(2024, 1, 1, 10, 60), lambda: date(2024, 1),
            lambda: date(2024.0, 1, 1), lambda: date.fromisoformat("2024-1-5"),
            lambda: date(2024, 1, 1) - 1, lambda: datetime(2024, 1, 1) < date(2024, 1, 2),
            lambda: timedelta(days=10**9), lambda: timedelta(1) / 0,
            lambda: date(9999, 12, 31) + timedelta(1), lambda: date(2024, 1, 1).replace(day=32)]
for attempt in attempts:
    try:
        attempt()
    except (ValueError, TypeError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(date(2024, 1, 1) == datetime(2024, 1, 1))
