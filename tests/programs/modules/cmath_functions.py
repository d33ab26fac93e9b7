# cmath: the square root of a negative number, exp, phase, polar and rect
import cmath
r = cmath.sqrt(-1)
s = cmath.sqrt(-4 + 0j)
t = cmath.sqrt(2 + 3j)
print(r, s, t, cmath.sqrt(0j), cmath.sqrt(True), cmath.sqrt(1e-320 + 1e-320j))
print(cmath.exp(1j * cmath.pi), cmath.exp(1 + 2j), cmath.exp(-1000))
print(cmath.phase(-1), cmath.phase(1j), cmath.phase(-1 - 0j))
length, angle = cmath.polar(1 + 1j)
print(length, angle, cmath.polar(-2))
print(cmath.rect(2, 0.5), cmath.rect(length, angle), cmath.rect(3, 0))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.sqrt)
for bad in [lambda: cmath.sqrt("x"), lambda: cmath.exp(1000), lambda: cmath.rect(1j, 0),
            lambda: cmath.sqrt(), lambda: cmath.rect(1), lambda: cmath.phase(x=1)]:
    try:
        bad()
    except (TypeError, OverflowError) as err:
        print(type(err).__name__, err)
