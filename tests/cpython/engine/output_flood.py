# Output without end: kept up to the output limit, the JSON up to its limit.
while True:
    print("x" * 1000)
