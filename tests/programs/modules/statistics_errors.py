# StatisticsError is a ValueError
import statistics

for f, data in [(statistics.mean, []), (statistics.median, []), (statistics.mode, []),
                (statistics.variance, [1]), (statistics.stdev, [2.5]),
                (statistics.pvariance, []), (statistics.pstdev, [])]:
    try:
        f(data)
    except statistics.StatisticsError as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
try:
    statistics.mean(["a", "b"])
except TypeError as e:
    print("TypeError", e)
try:
    statistics.mode([[1], [1]])
except TypeError as e:
    print("TypeError", e)
