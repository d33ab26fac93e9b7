# defaults, keyword-only defaults and a lambda whose defaults and body sit on lines of their own
def f(
    a=None,
    b=False,
):
    return a


def g(
    a: int = 1,
    b: str = "x",
) -> None:
    return a


def h(
    x,
    *,
    k=len("ab"),
    m=[
        1,
    ],
):
    return x


w = 3
k = lambda a=(
    w
), b=2: a + b
print(f(), g(), h(1), k())
