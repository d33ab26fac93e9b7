# SyntaxError for := in a comprehension: comprehension in class body
class Box:
    items = [1, 2]
    doubled = [(d := i * 2) for i in items]
