# startswith and endswith take a tuple of candidates and a range
name = "report.csv"
print(name.endswith((".txt", ".csv")), name.startswith("rep"), name.startswith("port", 2))
