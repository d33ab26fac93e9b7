# input() keeps spaces inside the line
line = input("> ")
print(line.split())
