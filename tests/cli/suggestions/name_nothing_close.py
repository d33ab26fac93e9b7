# a name near nothing gets no hint
value = 1
print(zqxjk)
