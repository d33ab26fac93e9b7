# bisect finds insertion points in a sorted list without changing it
import bisect

grades = [60, 70, 80, 90]
print(bisect.bisect(grades, 75), bisect.bisect_left(grades, 70), bisect.bisect_right(grades, 70))
print(bisect.bisect_left(grades, 85, 1, 3), bisect.bisect_right(grades, 10, lo=2))
letters = "acegi"
print(bisect.bisect(letters, "d"), bisect.bisect is bisect.bisect_right)
