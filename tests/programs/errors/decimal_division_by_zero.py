# A Decimal divided by zero raises decimal.DivisionByZero, a kind of ZeroDivisionError
from decimal import Decimal

share = Decimal(10) / 0
