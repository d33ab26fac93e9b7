# startswith and endswith
name = "report.txt"
print(name.startswith("rep"), name.endswith(".py"))
