# wrong argument counts to builtin functions are caught with CPython's exact messages
calls = [lambda: max(key=len), lambda: min(), lambda: sum(), lambda: sum([], 0, 1),
         lambda: sum(start=1), lambda: reversed(), lambda: reversed([1], [2])]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
