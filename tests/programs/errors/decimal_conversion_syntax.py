# Decimal() of text that is no number raises InvalidOperation naming ConversionSyntax
from decimal import Decimal

amount = Decimal("12,50")
