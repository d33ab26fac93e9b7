# A Fraction is found in a set or dict through its __eq__, also by an equal int or float
from fractions import Fraction

seen = {Fraction(1, 2)}
print(Fraction(2, 4) in seen)
counts = {Fraction(1, 3): "third", 2: "two"}
print(counts[Fraction(2, 6)], counts[Fraction(4, 2)])
print(Fraction(2) in {2}, 0.5 in seen)
