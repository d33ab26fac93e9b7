# exec of text that does not parse raises SyntaxError, which the program can catch
try:
    exec("x = (")
except SyntaxError as e:
    print("error:", e)
try:
    print(eval("1 / 0"))
except ZeroDivisionError as e:
    print("eval raised:", e)
