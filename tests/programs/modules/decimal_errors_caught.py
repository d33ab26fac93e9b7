# decimal's exceptions: InvalidOperation and DivisionByZero, caught as ArithmeticError or ZeroDivisionError; a float does not mix
import decimal
from decimal import Decimal, InvalidOperation, DivisionByZero

try:
    Decimal("abc")
except InvalidOperation as e:
    print("not a number:", e, isinstance(e, ArithmeticError))
try:
    Decimal(1) / 0
except ZeroDivisionError as e:
    print("zero:", e, type(e).__name__, isinstance(e, DivisionByZero))
try:
    Decimal(0) / Decimal(0)
except decimal.DecimalException as e:
    print("undefined:", e)
try:
    Decimal(1) + 1.5
except TypeError as e:
    print(e)
try:
    Decimal("NaN") < 1
except InvalidOperation as e:
    print("nan:", e)
try:
    int(Decimal("Infinity"))
except OverflowError as e:
    print(e)
try:
    getcontext = decimal.getcontext()
    getcontext.prec = 0
except ValueError as e:
    print(e)
print(issubclass(decimal.DivisionByZero, ZeroDivisionError), issubclass(decimal.FloatOperation, TypeError))
