# clauses are checked in order, so `except Exception` first hides a later ValueError clause
try:
    int("x")
except Exception as e:
    print("general:", type(e).__name__)
except ValueError:
    print("never reached")
