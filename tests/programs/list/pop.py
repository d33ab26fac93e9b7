# pop() removes and returns the last item
stack = [1, 2, 3]
top = stack.pop()
print(top, stack)
