# the errors of struct_time and the calendar functions
import time

moment = time.gmtime(0)
attempts = [
    lambda: moment[9],
    lambda: moment.tm_year.real + moment.foo,
    lambda: time.gmtime("x"),
    lambda: time.strftime(1),
    lambda: time.strftime("%Y", 5),
    lambda: time.strftime("%Y", (1, 2)),
    lambda: time.gmtime(1e20),
    lambda: time.struct_time((1, 2)),
]
for attempt in attempts:
    try:
        print(attempt())
    except (TypeError, IndexError, AttributeError, OverflowError) as error:
        print(type(error).__name__, error)
