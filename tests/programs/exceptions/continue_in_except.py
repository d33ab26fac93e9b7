# continue inside an except clause skips to the next loop iteration
values = ["1", "x", "3"]
total = 0
for v in values:
    try:
        n = int(v)
    except ValueError:
        print("skip", v)
        continue
    total += n
print(total)
