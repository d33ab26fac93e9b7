# return is only allowed inside a function
x = 1
return x
