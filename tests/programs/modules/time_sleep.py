# time.sleep() waits at least that long and returns None
import time

print(time.sleep(0))
print(-time.monotonic() + (time.sleep(0.05) or time.monotonic()) >= 0.05)
print(time.sleep(0.01) is None)
