# generators chained into a pipeline pass one item at a time
def source():
    for i in range(3):
        print("source", i)
        yield i

def doubled(it):
    for x in it:
        yield x * 2

for v in doubled(source()):
    print("got", v)
