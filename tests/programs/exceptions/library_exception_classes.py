# The library's exception classes: their names, bases, and the keywords their constructors refuse
import decimal
import statistics
import struct

for cls in (statistics.StatisticsError, struct.error, decimal.DivisionByZero):
    print(cls, cls.__name__, [base.__name__ for base in cls.__mro__])
    try:
        cls("bad", reason="none")
    except TypeError as e:
        print("TypeError:", e)

try:
    statistics.mean([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 / decimal.Decimal(0)
except ZeroDivisionError as e:
    print(type(e).__name__, isinstance(e, decimal.DecimalException))
