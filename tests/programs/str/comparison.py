# strings compare alphabetically
print("apple" < "banana", "Zebra" < "apple")
