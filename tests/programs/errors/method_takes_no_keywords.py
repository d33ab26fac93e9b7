# a keyword argument to a method that takes none names the type: dict.get()
ages = {"ann": 31}
age = ages.get(key="ann")
