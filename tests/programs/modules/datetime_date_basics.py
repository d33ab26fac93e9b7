# datetime.date: attributes, weekday, isoformat, str and repr, replace, ordinals
from datetime import date

d = date(2024, 1, 5)
print(d.year, d.month, d.day)
print(d.weekday(), d.isoweekday(), d.isoformat())
print(d, repr(d))
later = d.replace(month=2, day=29)
print(later, d.toordinal(), date.fromordinal(d.toordinal() + 1))
print(date.min, date.max, type(d).__name__)
