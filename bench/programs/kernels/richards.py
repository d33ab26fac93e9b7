# Kernel: an operating-system simulation in the spirit of Richards: tasks pass packets by priority (classes, linked queues).
IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
DEVICE_PACKET, WORK_PACKET = 0, 1
LETTERS = 26


class Packet:
    __slots__ = ("link", "owner", "kind", "datum", "data")

    def __init__(self, owner, kind):
        self.link = None
        self.owner = owner
        self.kind = kind
        self.datum = 0
        self.data = [0, 0, 0, 0]


def enqueue(packet, head):
    """Appends packet to the linked queue starting at head; returns the queue's head."""
    packet.link = None
    if head is None:
        return packet
    last = head
    while last.link is not None:
        last = last.link
    last.link = packet
    return head


class Task:
    def __init__(self, ident, priority, system):
        self.ident = ident
        self.priority = priority
        self.system = system
        self.queue = None
        self.waiting = False
        self.held = False

    def runnable(self):
        return not self.held and (not self.waiting or self.queue is not None)

    def next_packet(self):
        if not self.waiting or self.queue is None:
            return None
        packet = self.queue
        self.queue = packet.link
        self.waiting = False
        return packet


class IdleTask(Task):
    def __init__(self, system, count):
        Task.__init__(self, IDLE, 0, system)
        self.seed = 1
        self.count = count

    def step(self, packet):
        self.count -= 1
        if self.count == 0:
            self.system.hold(self)
        elif self.seed & 1 == 0:
            self.seed >>= 1
            self.system.release(DEVICE_A)
        else:
            self.seed = (self.seed >> 1) ^ 0xD008
            self.system.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, system):
        Task.__init__(self, WORKER, 1000, system)
        self.destination = HANDLER_A
        self.letter = 0

    def step(self, packet):
        if packet is not None:
            self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
            packet.datum = 0
            for i in range(4):
                self.letter = self.letter % LETTERS + 1
                packet.data[i] = self.letter
            self.system.send(packet, self.destination, self)
        self.waiting = True


class HandlerTask(Task):
    def __init__(self, ident, priority, device, system):
        Task.__init__(self, ident, priority, system)
        self.device = device
        self.work = None
        self.devices = None

    def step(self, packet):
        if packet is not None:
            if packet.kind == WORK_PACKET:
                self.work = enqueue(packet, self.work)
            else:
                self.devices = enqueue(packet, self.devices)
        if self.work is not None:
            work = self.work
            if work.datum >= 4:
                self.work = work.link
                self.system.send(work, WORKER, self)
            elif self.devices is not None:
                device_packet = self.devices
                self.devices = device_packet.link
                device_packet.datum = work.data[work.datum]
                work.datum += 1
                self.system.send(device_packet, self.device, self)
        self.waiting = True


class DeviceTask(Task):
    def __init__(self, ident, priority, system):
        Task.__init__(self, ident, priority, system)
        self.pending = None

    def step(self, packet):
        if packet is None:
            if self.pending is None:
                self.waiting = True
            else:
                done, self.pending = self.pending, None
                self.system.send(done, done.owner, self)
        else:
            self.pending = packet
            self.system.printed += packet.datum
            self.system.hold(self)


class System:
    def __init__(self, idle_count):
        self.sent = 0
        self.holds = 0
        self.printed = 0
        self.tasks = [IdleTask(self, idle_count), WorkerTask(self),
                      HandlerTask(HANDLER_A, 2000, DEVICE_A, self),
                      HandlerTask(HANDLER_B, 3000, DEVICE_B, self),
                      DeviceTask(DEVICE_A, 4000, self), DeviceTask(DEVICE_B, 5000, self)]
        self.by_priority = sorted(self.tasks, key=lambda task: -task.priority)
        for handler in (HANDLER_A, HANDLER_B):
            for _ in range(3):
                self.tasks[handler].queue = enqueue(Packet(handler, DEVICE_PACKET),
                                                    self.tasks[handler].queue)
            self.tasks[handler].waiting = True
        for _ in range(2):
            self.tasks[WORKER].queue = enqueue(Packet(WORKER, WORK_PACKET),
                                               self.tasks[WORKER].queue)
        self.tasks[WORKER].waiting = True
        for device in (DEVICE_A, DEVICE_B):
            self.tasks[device].waiting = True

    def send(self, packet, destination, sender):
        self.sent += 1
        if packet.kind == DEVICE_PACKET and destination in (HANDLER_A, HANDLER_B):
            packet.owner = destination
        target = self.tasks[destination]
        target.queue = enqueue(packet, target.queue)

    def hold(self, task):
        self.holds += 1
        task.held = True

    def release(self, ident):
        self.tasks[ident].held = False

    def run(self):
        steps = 0
        while True:
            for task in self.by_priority:
                if task.runnable():
                    break
            else:
                return steps
            task.step(task.next_packet())
            steps += 1


SIZE = 100_000  # recorded with 10_000 (bench/run.py)
system = System(SIZE)
steps = system.run()
print("steps %d, packets sent %d, holds %d, printed %d" % (
    steps, system.sent, system.holds, system.printed))
