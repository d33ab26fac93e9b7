# Asking for input
name = input("What is your name? ")
greeting = "Hello, " + name + "!"
print(greeting)
