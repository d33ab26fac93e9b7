# output printed before an error is kept
print("step 1")
print("step 2")
print(undefined_name)
