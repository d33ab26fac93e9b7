# a class body that binds a name reads its own namespace, never the function's variable
label = "global"


def make():
    label = "function"

    class A:
        first = label
        label = "class"
        second = label

        def show(self):
            return label

    return A


A = make()
print(A.first, A.second, A().show())
