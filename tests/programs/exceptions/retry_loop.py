# a while loop retries until the conversion succeeds
answers = ["ten", "", "10"]
i = 0
while True:
    try:
        value = int(answers[i])
        break
    except ValueError:
        print("not a number:", repr(answers[i]))
        i += 1
print("got", value)
