# sorted and list.sort with key and reverse are stable
people = [("bob", 25), ("amy", 30), ("cat", 25)]
print(sorted(people, key=lambda p: p[1]), sorted(people, key=lambda p: p[1], reverse=True))
nums = [3, -1, 2, -5]
nums.sort(key=abs, reverse=True)
print(nums)
