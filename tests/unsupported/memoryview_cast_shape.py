# unsupported: cast line 3
view = memoryview(b"abcdef")
grid = view.cast("B", (2, 3))
print(grid.tolist())
