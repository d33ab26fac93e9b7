# unsupported: throw line 20
# the paused generator hands throw() to the object it delegates to, which has a throw method
class Echo:
    def __iter__(self):
        return self

    def __next__(self):
        return "tick"

    def throw(self, exc):
        return "caught " + repr(exc)


def relay():
    yield from Echo()


r = relay()
print(next(r))
print(r.throw(ValueError))
