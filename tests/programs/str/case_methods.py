# title, capitalize, swapcase, casefold, upper, lower
s = "hello wORLD it's"
print(s.title(), s.capitalize(), s.swapcase(), "MiXeD".casefold(), s.upper(), s.lower())
