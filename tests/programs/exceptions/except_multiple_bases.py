# except matches through every base class: an error class with two bases is caught by either
class Retryable(Exception):
    pass


class Timeout(Retryable, LookupError):
    pass


class Tagged:
    tag = "t"


class Missing(Tagged, KeyError):
    pass


for exc in (Timeout("slow"), Missing("k")):
    try:
        raise exc
    except LookupError as e:
        print("LookupError caught", type(e).__name__, e)
try:
    raise Missing("x")
except KeyError as e:
    print("caught through the second base", e.tag, isinstance(e, Tagged))
try:
    raise Timeout("y")
except (ValueError, Retryable) as e:
    print("caught by first base", e)
