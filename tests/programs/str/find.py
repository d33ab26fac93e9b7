# find() gives the index or -1
s = "hello"
print(s.find("l"), s.find("z"))
