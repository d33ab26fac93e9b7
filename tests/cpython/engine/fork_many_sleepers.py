# 200 forks whose copies stay alive: the process limit (64 at once) refuses a fork past it,
# which ends the run with that limit rather than with the program's BlockingIOError; every copy
# is gone when the run ends.
import os
import time

started = 0
for i in range(200):
    pid = os.fork()
    if pid == 0:
        time.sleep(60)
        os._exit(0)
    started += 1
print(started, "copies started")
