# errors raised by builtins are caught with their exact type and message
tests = [lambda: int("x"), lambda: [].pop(), lambda: "a" + 1, lambda: len(5),
         lambda: {"a": 1}["b"], lambda: (1, 2)[7], lambda: None.upper(), lambda: float("?")]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)
