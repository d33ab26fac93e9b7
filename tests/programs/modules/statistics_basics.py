# statistics' mean, median, mode, variance and stdev give CPython's exact floats
import statistics
from statistics import mean, stdev
from fractions import Fraction

scores = [2, 4, 4, 4, 5, 5, 7, 9]
print(mean(scores), statistics.median(scores), statistics.mode(scores))
print(statistics.pvariance(scores), statistics.pstdev(scores))
print(statistics.variance(scores), stdev(scores))
print(mean([1, 2, 3]), mean([1, 2, 3, 4]), mean([0.1, 0.2, 0.3]), mean([1.5, 2, True]))
print(mean([Fraction(1, 3), Fraction(1, 6), 1]), mean([Fraction(1, 2), 0.25]))
print(statistics.median([3, 1, 2]), statistics.median([1, 3, 2, 4]), statistics.median([2.5]))
print(statistics.mode(["red", "blue", "red", "green"]), statistics.mode([1, 2, 2, 1]))
print(stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), statistics.variance([0.1, 0.2, 0.3, 0.4]))
print(statistics.variance([1, 3]), statistics.variance([Fraction(1, 2), Fraction(3, 2), 2]))
print(stdev(range(10)), statistics.pstdev([10**20, 10**20 + 1]), mean(x * 0.1 for x in range(7)))
data = [12.5, 13.0, 9.75, 11.25, 15.0]
m, s = mean(data), stdev(data)
print([round((x - m) / s, 6) for x in data])
