# strip() removes surrounding whitespace
raw = "   padded   "
clean = raw.strip()
print("[" + clean + "]")
