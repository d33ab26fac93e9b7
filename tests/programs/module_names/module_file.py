# __file__ is the script's path, made absolute as python3 does
path = __file__
print(path.endswith("module_file.py"), path.startswith("/"))
parts = path.split("/")
print(parts[-1], parts[-2])
