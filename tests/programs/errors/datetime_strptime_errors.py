# datetime.strptime: its errors
from datetime import datetime

cases = [
    ("2024-01-05 x", "%Y-%m-%d"),
    ("2024/01/05", "%Y-%m-%d"),
    ("2024", "%Y%"),
    ("2024", "%Y %Q"),
    ("x", "%."),
    ("2023-02-29", "%Y-%m-%d"),
    ("02-29", "%m-%d"),
    ("10:61", "%M:%S"),
    (2024, "%Y"),
    ("2024", None),
]
for text, form in cases:
    try:
        print(datetime.strptime(text, form))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    datetime.strptime("2024")
except TypeError as e:
    print(e)
datetime.strptime("13", "%m")
