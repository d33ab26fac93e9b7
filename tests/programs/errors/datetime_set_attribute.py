# A date's fields cannot be assigned
import datetime

d = datetime.date(2024, 1, 5)
d.year = 2025
