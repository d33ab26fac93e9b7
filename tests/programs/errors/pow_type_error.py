# `**` on a str: CPython names it "** or pow()" in the TypeError
b = 'x' ** 2
