# time.gmtime gives a struct_time: its repr, fields, indexing, slicing, length and tuple equality
import time

moment = time.gmtime(1704412800)
print(moment)
print(moment.tm_year, moment.tm_mon, moment.tm_mday, moment.tm_wday, moment.tm_yday)
print(moment.tm_zone, moment.tm_gmtoff, moment.tm_isdst)
print(moment[0], moment[-1], moment[2:4], len(moment), list(moment)[:3])
print(moment == tuple(moment), moment == time.gmtime(1704412800), moment < time.gmtime(1704412801))
print(hash(moment) == hash(tuple(moment)), type(moment).__name__)
print(time.gmtime(-1))
print(time.gmtime(1.9).tm_sec, time.gmtime(0))
year, month, day, *rest = moment
print(year, month, day, rest)
built = time.struct_time((2024, 1, 5, 0, 0, 0, 4, 5, 0))
print(built == moment, built.tm_zone)
