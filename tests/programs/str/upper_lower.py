# upper() and lower() make new strings
s = "MixedCase"
print(s.upper(), s.lower())
