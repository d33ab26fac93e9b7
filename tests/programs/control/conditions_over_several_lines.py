# if, while, assert and return over several lines step back to the statement as CPython's jumps do
class Queue:
    def __init__(self):
        self.front = None
        self.rear = None

    def is_empty(self):
        return (
            self.front == self.rear
            and self.front is None
        )

    def has_one(self):
        return (
            self.front is not None
            and self.front is self.rear
        )


q = Queue()
n = 3
if (
    n > 2
    and q.is_empty()
):
    print("empty queue, n =", n)
if (
    n
    and q
):
    print("both truthy")
while (n > 0
       and q):
    n -= 1
assert (
    q.is_empty()
    == True
), "not empty"
print(q.has_one(), n)
