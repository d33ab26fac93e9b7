# StringIO's errors, caught: closed file (two messages), bad seeks, wrong argument types
import io

f = io.StringIO("x")
for attempt in (lambda: f.seek(1, 1), lambda: f.seek(0, 3), lambda: f.read("2"),
                lambda: io.StringIO(5)):
    try:
        attempt()
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
f.close()
for attempt in (f.getvalue, f.tell, f.read, lambda: iter(f), lambda: next(f)):
    try:
        attempt()
    except ValueError as e:
        print(e)
