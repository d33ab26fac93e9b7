# continue skips to the next iteration
for i in range(5):
    if i % 2 == 0:
        continue
    print(i)
