# queue.LifoQueue as a stack: the last item put is the first got; q.queue is a plain list
import queue

stack = queue.LifoQueue(maxsize=3)
for word in ["a", "b", "c"]:
    stack.put(word)
print(stack.full(), stack.qsize(), stack.queue)
top = stack.get()
print(top, stack.get_nowait(), stack.queue, stack.full(), stack.maxsize)
