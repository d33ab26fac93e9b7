# with: a return inside a with inside try/finally runs __exit__ first, then the finally block
class Guard:
    def __enter__(self):
        print("enter")

    def __exit__(self, exc_type, exc, tb):
        print("exit", exc_type)


def work():
    try:
        with Guard():
            return "result"
    finally:
        print("finally")


print(work())
