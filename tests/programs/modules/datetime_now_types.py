# date.today() and datetime.now() differ on every run: only their types are checked
from datetime import date, datetime

print(isinstance(date.today(), date), type(datetime.now()).__name__)
print(datetime.now().year >= 2024, date.today() <= date.today())
