# unsupported: bytes.translate line 3
data = b'ab'
print(data.translate(None, b'a'))
