# unsupported: % line 3
template = b'%d items'
print(template % 3)
