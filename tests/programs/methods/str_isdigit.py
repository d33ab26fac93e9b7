# isdigit tests for digits only
print("123".isdigit(), "12a".isdigit())
