# unsupported: bytes.center line 3
data = b'ab'
print(data.center(6))
