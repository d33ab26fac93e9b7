# statistics.mean(), median() and mode() take only the data: a second argument is a TypeError, as for any Python function
import statistics

calls = [
    lambda: statistics.mean([1, 2, 3], [1, 1, 2]),
    lambda: statistics.mean([1, 2, 3], weights=[1, 1, 2]),
    lambda: statistics.median([3, 1, 2], 1),
    lambda: statistics.mode(["a", "b", "a"], key=len),
    lambda: statistics.mean(data=[2, 4]),
]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
try:
    statistics.median()
except TypeError as e:
    print("TypeError:", e)
try:
    statistics.mode([1], data=[2])
except TypeError as e:
    print("TypeError:", e)
