# isinstance cannot check a parameterized generic such as list[int]
values = [1, 2]
print(isinstance(values, list))
print(isinstance(values, list[int]))
