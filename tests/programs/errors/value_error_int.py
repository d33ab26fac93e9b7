# int() of text that is not a number
n = int("abc")
