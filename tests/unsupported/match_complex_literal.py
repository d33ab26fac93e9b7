# unsupported: complex line 4
point = 1j
match point:
    case 0 + 1j:
        print("on the imaginary axis")
