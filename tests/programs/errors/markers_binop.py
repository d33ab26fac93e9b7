# A failing binary operation: ~ under its operands, ^ under its operator
count = 3
label = "items"
print(count + label)
