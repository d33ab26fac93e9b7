# unsupported: __loader__ line 4
# globals() printed whole holds __main__'s __loader__, whose repr is an address
x = 1
print(globals())
