# assert with a message raises AssertionError carrying the message
def average(xs):
    assert len(xs) > 0, "list is empty"
    return sum(xs) / len(xs)
print(average([1, 2, 3]))
try:
    average([])
except AssertionError as e:
    print("assertion:", e)
