# format() applies a format spec to one value
print(format(3.14159, ".2f"), format(42, "05d"), format("x", ">3"), format(255, "x"), format(1234567, ","))
