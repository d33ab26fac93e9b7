# break inside try leaves the loop, but finally still runs
for i in range(5):
    try:
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)
print("done", i)
