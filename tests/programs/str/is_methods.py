# the is* classification methods
print("123".isdigit(), "12a".isalnum(), "abc".isalpha(), " \t".isspace(), "".isalpha())
print("ABC".isupper(), "abc1".islower(), "Hello World".istitle(), "hello World".istitle())
print("12".isnumeric(), "12".isdecimal(), "var_1".isidentifier(), "1var".isidentifier())
