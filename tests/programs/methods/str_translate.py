# str.maketrans builds a code-point table in its three forms and translate applies it
table = str.maketrans("abc", "xyz", "d")
print(table, "abcd-abcd".translate(table))
swap = str.maketrans({"a": "AA", "b": None, 99: 100})
print(swap, "abcabc".translate(swap), "cab".translate({97: 66}), "abc".translate([None, 5]))
again = "".maketrans("q", "r")
print(again, "é a".translate({233: "e"}), "x".translate({}) == "x")
for call in [lambda: str.maketrans(1), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans({1.5: 1}),
             lambda: str.maketrans("ab", "c"), lambda: str.maketrans(1, 2), lambda: str.maketrans(1, "a"),
             lambda: str.maketrans("a", "b", 3), lambda: str.maketrans(), lambda: str.maketrans(x=1),
             lambda: "a".translate({97: 1.5}), lambda: "a".translate({97: 0x110000}), lambda: "a".translate(),
             lambda: "a".translate(5)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, repr(str(e)))
print(str.maketrans is "".maketrans, dict.fromkeys is dict.fromkeys)
