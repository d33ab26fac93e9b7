# calling something that is not a function
x = 5
x()
