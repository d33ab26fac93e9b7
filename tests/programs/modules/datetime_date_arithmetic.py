# Subtracting dates gives a timedelta; adding a timedelta to a date gives a new date
from datetime import date, timedelta

start = date(2024, 2, 20)
end = date(2024, 3, 5)
gap = end - start
print(gap, repr(gap), gap.days)
due = start + timedelta(days=14)
print(due, due - timedelta(weeks=1), timedelta(days=1) + due)
print(start < end, start == date(2024, 2, 20), max(start, end), sorted([end, start]))
deadlines = {start: "begin", end: "finish"}
print(deadlines[date(2024, 3, 5)], start != due)
