# unsupported: getsizeof line 5
import fractions
import sys

print(sys.getsizeof(fractions.Fraction))
