# round() uses banker's rounding at .5
print(round(0.5), round(1.5), round(2.5))
