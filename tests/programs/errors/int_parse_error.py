# int() of a non-number string is a ValueError with the text
int("12abc")
