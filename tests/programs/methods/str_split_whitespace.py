# split() without arguments splits on any whitespace
print("  a  b\tc ".split())
