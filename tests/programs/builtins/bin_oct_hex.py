# bin, oct and hex, negative numbers included
print(bin(10), oct(64), hex(255), bin(-5), hex(-255), hex(0))
