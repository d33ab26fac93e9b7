# escape sequences: tab, newline, quote, backslash
s = "a\tb\nc \"q\" \\"
print(s)
