# None is a value you can store and print
result = None
print(result)
