# with: nested with blocks unwind from the inside out when an exception passes through both
class Layer:
    def __init__(self, depth):
        self.depth = depth

    def __enter__(self):
        return self.depth

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.depth, exc_type.__name__)
        return False


try:
    with Layer(1) as d1:
        with Layer(2) as d2:
            total = d1 + d2
            [][total]
except IndexError as e:
    print("IndexError:", e)
