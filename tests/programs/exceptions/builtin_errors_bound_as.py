# errors raised by builtins (int('x'), 1/0, d[k]) are caught and bound with their messages
d = {"a": 1}
try:
    n = int("x")
except ValueError as err:
    print("value:", err, err.args)
try:
    q = 1 / 0
except ZeroDivisionError as err:
    print("zero:", err)
try:
    v = d["b"]
except KeyError as err:
    print("key:", err, err.args[0])
