# Context()'s argument errors, with _decimal's messages
from decimal import Context

attempts = [
    lambda: Context(prec=0),
    lambda: Context(rounding="sideways"),
    lambda: Context(capitals=2),
    lambda: Context(prec="ten"),
    lambda: Context(precision=5),
    lambda: Context(5, prec=3),
    lambda: Context(1, 2, 3, 4, 5, 6, 7, 8, 9),
]
for attempt in attempts:
    try:
        attempt()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
