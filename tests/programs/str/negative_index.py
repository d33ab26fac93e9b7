# negative indexes count from the end
word = "python"
last = word[-1]
print(last)
