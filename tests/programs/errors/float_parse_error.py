# float() of a bad string is a ValueError
float("1.2.3")
