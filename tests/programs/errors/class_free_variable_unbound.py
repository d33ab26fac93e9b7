# a class body reads a variable of its function that is not assigned yet: NameError
def make():
    class Early:
        value = threshold

    threshold = 1
    return Early


make()
