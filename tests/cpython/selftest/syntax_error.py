# self-test program for compare.py: a syntax error, whose caret marks its column
x = [1, 2
y = 3
