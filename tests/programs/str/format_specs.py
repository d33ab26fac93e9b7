# format specs: width, alignment, fill, precision, thousands, sign, bases
print("{:>8}|{:<6}|{:^7}|{:*^9}".format("r", "l", "c", "mid"))
print("{:.3f} {:10.2e} {:,} {:_} {:+d} {:08.3f}".format(3.14159, 12345.678, 1234567, 1000000, 5, -3.5))
print("{:b} {:o} {:x} {:#X} {:%}".format(10, 10, 255, 255, 0.25))
