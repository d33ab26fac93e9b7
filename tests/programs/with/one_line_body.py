# with: a body on the with line itself - the target is bound before __exit__ runs, even when the body returns
class Triple:
    def __enter__(self):
        return (1, 2, 3)

    def __exit__(self, *exc):
        print("exit", exc[0])
        return True


with Triple() as t: size = len(t)
with Triple() as (p, q): never = 1
print(size, t)


def first():
    with Triple() as x: return x[0]


print(first())
