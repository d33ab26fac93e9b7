# find, rfind, index, rindex and count with start and end
s = "banana"
print(s.find("an"), s.find("an", 2), s.rfind("an"), s.rfind("an", 0, 3), s.find("x"))
print(s.index("a", 2), s.rindex("a"), s.count("a"), s.count("a", 2, 5), s.count(""))
