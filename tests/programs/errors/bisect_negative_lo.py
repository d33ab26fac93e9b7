# bisect refuses a negative lo
import bisect

bisect.bisect_left([1, 2, 3], 2, -1)
