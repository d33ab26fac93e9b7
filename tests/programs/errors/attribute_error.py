# calling a method a list does not have
xs = [1]
xs.push(2)
