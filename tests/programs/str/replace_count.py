# replace with a count replaces only the first occurrences
s = "aaaa"
print(s.replace("a", "b", 2), s.replace("a", "", 1), s.replace("", "-"))
