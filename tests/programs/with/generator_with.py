# with: a with block inside a generator stays open across yields and exits when the loop finishes it
class Resource:
    def __enter__(self):
        print("open")
        return self

    def __exit__(self, *exc):
        print("close", exc[0])


def lines():
    with Resource():
        yield "first"
        yield "second"


for line in lines():
    print(line)
