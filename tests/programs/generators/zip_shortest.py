# zip() stops at the shortest input and pulls from inputs in order
def letters():
    for c in "abc":
        print("give", c)
        yield c

print(list(zip([1, 2], letters())))
