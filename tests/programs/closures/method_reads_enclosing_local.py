# a method closes over a variable of the function that defines its class
def make_counter_class(start):
    step = 2

    class Counter:
        def __init__(self):
            self.value = start

        def tick(self):
            self.value += step
            return self.value

    return Counter


C = make_counter_class(10)
c = C()
print(c.tick(), c.tick())
