# with: return inside the body evaluates the value, then calls __exit__, then the function returns
class Tracker:
    def __init__(self):
        self.closed = False

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.closed = True
        print("closing")


def first_even(numbers, t):
    with t:
        for n in numbers:
            if n % 2 == 0:
                return n
    return None


t = Tracker()
print(first_even([3, 5, 8, 9], t), t.closed)
