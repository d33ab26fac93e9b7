# `import array` binds the module; array.array makes an array after the import's step
x = 1
import array
a = array.array("i", [1, 2])
