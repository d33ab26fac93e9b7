# Ten forks in a row (1024 processes if nothing stopped them): the process limit bounds
# them, the copies record nothing, and the run ends with all of them gone.
import os

for i in range(10):
    try:
        os.fork()
    except OSError:
        pass
print("done")
