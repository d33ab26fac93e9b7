# A file in the run's own temporary working folder: written, then read back.
with open("notes.txt", "w") as f:
    f.write("hello\n")
with open("notes.txt") as f:
    line = f.readline()
print(line.strip())
