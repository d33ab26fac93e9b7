# a class attribute counts instances through the class name
class Ticket:
    issued = 0

    def __init__(self):
        Ticket.issued += 1
        self.number = Ticket.issued

t1 = Ticket()
t2 = Ticket()
print(t1.number, t2.number, Ticket.issued)
