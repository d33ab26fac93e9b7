# A month outside 1..12 is a ValueError
from datetime import date

d = date(2024, 13, 1)
