# collections.UserString: +, *, %, comparisons with str and UserString
from collections import UserString

a = UserString("ab")
b = UserString("cd")
print(repr(a + b), repr(a + "x"), repr(a + 1), repr("x" + a), repr(3 + a))
print(repr(a * 3), repr(2 * a), repr(UserString("%s-%d") % ("x", 4)))
print(a == "ab", a == b, a != "ab", a < b, a <= "ab", b > "c", a >= UserString("b"))
print(repr(5 % a), repr("[%s]" % a))
print(a == 5, sorted([b, a, UserString("aa")]))
total = a
total += "!"
print(repr(total), total is a, repr(a))
