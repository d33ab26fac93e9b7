# Dividing a complex number by zero: ZeroDivisionError "complex division by zero"
z = 1 + 2j
w = z / 0
