# parameters after * can only be passed by keyword
def connect(host, *, port, timeout=10):
    return [host, port, timeout]

print(connect("x", port=80))
print(connect("y", timeout=5, port=81))
