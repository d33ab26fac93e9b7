# chr and ord convert between characters and code points
print(ord("A"), chr(66))
