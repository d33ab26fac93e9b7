# bytes(x) calls __bytes__; dir(x) sorts the names the class's __dir__ returns
class Packet:
    def __init__(self, payload):
        self.payload = payload

    def __bytes__(self):
        return self.payload.encode()

    def __dir__(self):
        return ["size", "payload", "checksum"]


p = Packet("hi")
print(bytes(p))
print(dir(p))
