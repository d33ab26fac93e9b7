# ascii() escapes non-ASCII characters; repr keeps them
s = "naïve ☃"
print(ascii(s), repr(s), ascii(["é"]))
