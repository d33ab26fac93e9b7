# Queue counts unfinished tasks: put() adds one, task_done() takes one, join() returns once none are left
import queue

jobs = queue.Queue()
for n in range(3):
    jobs.put(n * n)
print(jobs.unfinished_tasks)
total = 0
while not jobs.empty():
    total += jobs.get()
    jobs.task_done()
jobs.join()
print(total, jobs.unfinished_tasks)
try:
    jobs.task_done()
except ValueError as e:
    print(e)
