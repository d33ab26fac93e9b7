# unsupported: infinity line 4
import statistics

print(statistics.mean([1.0, float("inf")]))
