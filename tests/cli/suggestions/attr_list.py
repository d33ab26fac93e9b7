# a misspelt list method suggests the method
items = [1]
items.apend(2)
