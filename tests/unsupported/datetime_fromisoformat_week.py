# unsupported: fromisoformat line 4
from datetime import date

monday = date.fromisoformat("2024-W10-1")
print(monday)
