# unsupported: length_hint line 5
import operator

letters = iter("abc")
print(operator.length_hint(letters))
