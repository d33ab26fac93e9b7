# strings hold any unicode characters
s = "héllo wörld ✓"
print(s, len(s))
