# any immutable value can be a key
squares = {1: 1, 2: 4, 3: 9}
print(squares[3])
