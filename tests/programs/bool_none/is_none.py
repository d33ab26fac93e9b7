# testing for None with `is`
value = None
if value is None:
    print("nothing yet")
value = 3
if value is not None:
    print("now", value)
