# unsupported: localtime line 4
import time

now = time.localtime()
