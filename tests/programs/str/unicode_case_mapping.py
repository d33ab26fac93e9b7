# Case mapping beyond ASCII: full mappings that lengthen the text, titlecase letters, final sigma.
word = "café"
print(word.upper(), "éa".title(), "ß".upper(), "ß".casefold(), "ﬁsh".upper())
print("ǆemal".capitalize(), "ǆ".title(), "İ".lower(), len("İ".lower()))
print("ΟΔΟΣ ΣΑΣ".lower(), "Σ".lower(), "aΣ'".lower(), "ΣΑΣ".swapcase())
print("Straße".casefold() == "STRASSE".casefold())
