# time.timezone, altzone, daylight and tzname describe the run's local zone
import time

print(type(time.timezone).__name__, type(time.tzname).__name__, len(time.tzname))
print(time.daylight == (time.timezone != time.altzone))
winter = time.localtime(1704412800)
print(winter.tm_zone in time.tzname, winter.tm_gmtoff in (-time.timezone, -time.altzone))
