# datetime.strptime
from datetime import datetime

when = datetime.strptime("2024-01-05", "%Y-%m-%d")
print(repr(when))
print(datetime.strptime("05/01/24 14:30:15", "%d/%m/%y %H:%M:%S"))
print(datetime.strptime("Fri, 5 JAN 2024 3:04 pm", "%a, %d %b %Y %I:%M %p"))
print(datetime.strptime("12:00 AM", "%I:%M %p"))
print(datetime.strptime("July   4 1999", "%B %d %Y"))
print(datetime.strptime("Wednesday 1.5", "%A %S.%f"))
print(datetime.strptime("1969-060", "%Y-%j"))
print(datetime.strptime("Sat Mar  2 10:20:30 2024", "%c"))
print(datetime.strptime("03/02/99 10:20:30", "%x %X"))
print(datetime.strptime("10%", "%S%%"))
print(datetime.strptime("(1) [2]", "(%d) [%m]"))
print(datetime.strptime("2024-02-29", "%Y-%m-%d"))
print(datetime.strptime("9 20 PM", "%I %H %p"), datetime.strptime("20 9 PM", "%H %I %p"))
