# an uncaught UnicodeDecodeError ends the program with CPython's traceback
raw = b'caf\xe9'
text = raw.decode('latin-1')
print(text)
broken = raw.decode()
