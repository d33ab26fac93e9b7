# unsupported: exec line 3
x = 1
exec("y = x + 1")
