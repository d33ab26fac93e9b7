# escapes and unicode: length counts code points, ord and chr
s = "tab\there\nnew \u00e9 \x41"
print(s, len("héllo"), ord("é"), chr(233), chr(0x1F600), ord("\n"))
print(repr("quote'and\"both"), repr("a\\b"))
