# a list default is created once and shared by every call
def collect(x, bucket=[]):
    bucket.append(x)
    return bucket

collect(1)
result = collect(2)
print(result)
