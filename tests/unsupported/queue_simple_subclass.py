# unsupported: SimpleQueue line 4
import queue

class Inbox(queue.SimpleQueue):
    pass
