# input() shows its prompt and returns the line typed, without the newline
name = input("Your name: ")
print("Hello,", name)
