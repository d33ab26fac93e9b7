# float.fromhex to the last bit (half-even rounding, subnormals, overflow) and float.hex round trips, with CPython's errors
import random
cases = ["0x1.8p1", "1.8p1", "0X1P-1074", "0x1p-1075", "0x1.0000000000001p-1075", "0x1p-1076", "0x.8p-1073",
         "0x1.fffffffffffff8p1023"]
cases += ["0x1.fffffffffffff7p1023", "0x1.fffffffffffffp1023", "0x2p1023", "  -0x10.ap-3  ",
         "inf", "-Infinity", "nan", "+NaN", "infx", "0x", "", "   ", "p1", "0x1p", "0x1p+", "1e5", "0x1.8", ".8", "8.", "0x.p1",
         "0x1p99999999999999999999"]
cases += ["0x1p-99999999999999999999", "0x0p99999999999999999999", "-0x0.0p0", "0x1_0", "\t0xAp0\n",
         "0x0.0000000000001p-1022", "0x1.00000000000008p0", "0x1.00000000000018p0", "0x1.000000000000080001p0"]
cases += ["0x1.0000000000000800p0",
         "0x3.ffffffffffffep-1024", "0x1.ffffffffffffe8p-1023", "0x0.0000000000000ffffffp-1022", "1" * 30, "0x1p1024", "-0x1p1024",
         "0x1.fffffffffffff4p1023", "0x00000000000000000001p0", "0x1\x00", "0x1 2", "- 0x1", "0x-1", "0x1p 1", "\u00a00x1", "0x1p99999 junk"]
random.seed(3)
rng = random
for i in range(60):
    digits = "".join(rng.choice("0123456789abcdef") for _ in range(rng.randint(1, 20)))
    pos = rng.randint(0, len(digits))
    cases.append(digits[:pos] + "." + digits[pos:] + "p" + str(rng.randint(-1100, 1030)))
for i in range(25):
    x = rng.random() * 10 ** rng.randint(-320, 308)
    cases.append(x.hex())
    cases.append((-x).hex())
for c in cases:
    try:
        v = float.fromhex(c)
        print(repr(v), v.hex())
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for v in [0.0, -0.0, 1.0, 0.1, 5e-324, 2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308, float("inf"), float("-inf"), float("nan"), -3.75]:
    print(v.hex(), float.fromhex(v.hex()) == v or v != v)
