# unsupported: __hash__ line 3
# object.__hash__ of a str hashes the str's address, not its text
print(object.__hash__("key") == hash("key"))
