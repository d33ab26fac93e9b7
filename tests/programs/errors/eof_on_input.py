# input() with nothing left to read raises EOFError
line = input("name? ")
