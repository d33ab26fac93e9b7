# insort inserts into a sorted list in place, keeping it sorted
import bisect

scores = [10, 30, 50]
bisect.insort(scores, 40)
bisect.insort_left(scores, 30)
bisect.insort_right(scores, 5)
print(scores)
