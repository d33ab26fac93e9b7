# Character classes beyond ASCII: letters, digits of other scripts, identifiers, isascii.
print("café".isalpha(), "١٢٣".isdecimal(), "x²".isalnum(), "²".isdigit(), "Ⅻ".isnumeric())
print("ÉCOLE".isupper(), "ǅemal".istitle(), "ǅ".isupper(), "ª".islower())
print("a€".isidentifier(), "été".isidentifier(), "_x1".isidentifier(), "1x".isidentifier())
print("café".isascii(), "".isascii(), "\u3000".isspace(), "a\u200bb".isprintable(), "".isprintable())
