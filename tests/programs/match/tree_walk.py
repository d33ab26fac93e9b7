# a binary tree written as nested tuples, taken apart with sequence patterns
def depth(tree):
    match tree:
        case None:
            return 0
        case (left, _, right):
            return 1 + max(depth(left), depth(right))


def inorder(tree, out):
    match tree:
        case (left, value, right):
            inorder(left, out)
            out.append(value)
            inorder(right, out)
    return out


tree = ((None, 1, None), 2, ((None, 3, None), 4, None))
print(depth(tree))
print(inorder(tree, []))
