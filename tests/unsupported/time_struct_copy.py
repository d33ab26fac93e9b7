# unsupported: struct_time line 6
import copy
import time

moment = time.gmtime(0)
print(copy.copy(moment) == moment)
