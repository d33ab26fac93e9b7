# each typecode has its own item size and range of values
import array

for code in array.typecodes:
    if code == "u":
        continue
    a = array.array(code, [1, 2])
    print(code, a.itemsize, a, a.tolist())
print(array.array("b", [-128, 127]), array.array("B", [0, 255]))
print(array.array("h", [-32768, 32767]), array.array("I", [4294967295]))
print(array.array("i", (x * x for x in range(4))))
print(array.array("d", array.array("i", [1, 2])))
print(array.array("l", [True, False]))
