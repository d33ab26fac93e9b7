# a struct_time has nine items: index 9 is out of range
import time

moment = time.gmtime(0)
print(moment[9])
