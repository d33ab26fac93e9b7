# a failing assert without a message raises a bare AssertionError
total = 1 + 1
assert total == 2
assert total == 3
print("not reached")
