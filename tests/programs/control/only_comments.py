# a program of nothing but comments: CPython's debugger still stops once, at line 0

# (nothing runs here)
