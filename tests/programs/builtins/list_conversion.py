# list() copies an iterable into a new list
chars = list("abc")
copy = list(chars)
print(chars, copy is chars)
