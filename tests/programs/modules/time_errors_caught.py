# time's errors, caught: a negative sleep, a str length, arguments to a clock
import time

for attempt in (lambda: time.sleep(-1), lambda: time.sleep("1"), lambda: time.time(1),
                lambda: time.sleep()):
    try:
        attempt()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
