# partition and rpartition return 3-tuples
print("key=value=more".partition("="), "key=value=more".rpartition("="))
print("nothing".partition("="), "nothing".rpartition("="))
