# max of strings compares alphabetically
print(max("pear", "apple", "fig"))
