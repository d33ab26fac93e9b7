# str.count counts substrings
print("mississippi".count("ss"))
