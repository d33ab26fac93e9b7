# a class body is ordinary code: loops and conditions run while the class is built
class Table:
    rows = []
    for i in range(3):
        rows.append(i * i)
    if len(rows) > 2:
        big = True

print(Table.rows, Table.big, hasattr(Table, "i"))
