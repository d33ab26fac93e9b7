# timedelta of an infinite or NaN float: CPython cannot turn it into whole microseconds
from datetime import timedelta

cases = [
    {"days": float("inf")},
    {"seconds": -float("inf")},
    {"hours": float("nan")},
    {"days": float("inf"), "weeks": float("nan")},
    {"minutes": 1.5, "milliseconds": float("nan")},
]
for kwargs in cases:
    try:
        print(timedelta(**kwargs))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
