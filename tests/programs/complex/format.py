# format() and f-strings of complex numbers with a format spec
z = 1.5 - 2.25j
print(format(z), format(z, ""), format(2j, ">8"), format(z, "<20") + "|")
print(format(z, ".2f"), format(z, "e"), format(z, ".3g"), format(z, "+.1f"))
print(f"{z}", f"{z:.1f}", f"{z:^24.3e}", f"{z!r:>16}", f"{3j:.2}", f"{1+2j:#}")
print(f"{1+2j: }", f"{1+2j:*^12}", f"{1e20+1j:G}", f"{1+2j:n}")
print("%s and %r" % (z, 1j))
for spec in ["d", "010", "=10", "%"]:
    try:
        format(z, spec)
    except ValueError as err:
        print("ValueError:", err)
