# round uses banker's rounding; ndigits may be negative
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(2.675, 2))
print(round(1234, -2), round(1250, -2), round(3.14159, 3), round(7), type(round(2.5)))
