# time.strftime of a struct_time or a 9-tuple, asctime, and localtime and mktime in the run's zone
import time

moment = time.gmtime(1704412800)
print(time.strftime("%Y-%m-%d %H:%M:%S", moment))
print(time.strftime("%a %A %b %B %j %p %I %y %% %w", moment))
print(time.strftime("%d/%m/%Y", (2024, 2, 29, 13, 5, 0, 3, 60, 0)))
print(time.asctime(moment), time.asctime((2024, 12, 25, 8, 0, 0, 2, 360, 0)))
local = time.localtime(1704412800)
print(time.mktime(local), time.mktime(local) == 1704412800.0)
print(local.tm_gmtoff == -time.timezone if local.tm_isdst == 0 else True)
print(type(time.localtime()).__name__, len(time.strftime("%Y")))
