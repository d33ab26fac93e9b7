# title() and capitalize()
s = "hello there"
print(s.title(), s.capitalize())
