# with: break and continue inside the body still call __exit__ before the loop moves on
class Step:
    def __init__(self, i):
        self.i = i

    def __enter__(self):
        print("enter", self.i)
        return self.i

    def __exit__(self, *exc):
        print("exit", self.i)


for i in range(4):
    with Step(i) as k:
        if k == 1:
            continue
        if k == 2:
            break
        print("body", k)
print("done")
