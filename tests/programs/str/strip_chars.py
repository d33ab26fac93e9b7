# strip, lstrip, rstrip with a set of characters
s = "xxhixyx"
print(s.strip("x"), s.lstrip("x"), s.rstrip("xy"), "  pad ".strip())
