# a dict maps keys to values
ages = {"ann": 30, "bob": 25}
print(ages["ann"])
