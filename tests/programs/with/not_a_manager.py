# with: an object without __enter__ (or without __exit__) is refused with CPython's TypeError
class NoEnter:
    def __exit__(self, *a):
        return True


class NoExit:
    def __enter__(self):
        return self


for cls in (NoEnter, NoExit):
    try:
        with cls() as obj:
            print("never")
    except TypeError as e:
        print(e)
try:
    with 42:
        pass
except TypeError as e:
    print(e)
