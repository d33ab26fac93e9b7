# time.sleep() of a negative length is a ValueError
import time

time.sleep(-1)
