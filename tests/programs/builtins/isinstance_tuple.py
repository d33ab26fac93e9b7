# isinstance with a tuple of types; bool is an int
print(isinstance(3, (str, int)), isinstance(True, int), isinstance(2.0, (int, str)), isinstance("s", str))
