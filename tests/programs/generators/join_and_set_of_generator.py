# str.join, set and dict consume generators
def pairs():
    yield ("a", 1)
    yield ("b", 2)

print("-".join(k for k, v in pairs()))
print(dict(pairs()))
print(set(v for k, v in pairs()))
