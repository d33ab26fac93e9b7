# unsupported: exec line 3
source = memoryview(b"print(6 * 7)")
exec(source)
