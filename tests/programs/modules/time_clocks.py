# time's clocks: floats and ints that only go forward (compared in one expression, never kept)
import time

print(isinstance(time.time(), float), isinstance(time.perf_counter(), float))
print(isinstance(time.monotonic(), float), isinstance(time.process_time(), float))
print(isinstance(time.time_ns(), int), isinstance(time.perf_counter_ns(), int))
print(isinstance(time.monotonic_ns(), int), isinstance(time.process_time_ns(), int))
print(time.perf_counter() <= time.perf_counter(), time.monotonic() <= time.monotonic())
print(time.monotonic_ns() <= time.monotonic_ns(), time.time() > 1.7e9)
print(abs(time.time_ns() / 10**9 - time.time()) < 5, time.process_time() >= 0)
total = sum(range(1000))
print(total)
