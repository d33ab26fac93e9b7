# indexing past the end of a string
s = "ab"
c = s[5]
