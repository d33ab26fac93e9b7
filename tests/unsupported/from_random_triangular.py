# unsupported: triangular line 2
from random import triangular

print(triangular(0, 1))
