# A failing subscript: ~ under the value, ^ under the brackets and the key
ages = {"ann": 31, "bob": 27}
print(ages["cy"], "is missing")
