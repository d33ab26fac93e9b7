# A display of more than 30 items, or with a starred item, returns to its first line after each item
y = [7, 8]
v = 3
big = [
    v + 0,
    v + 1,
    v + 2,
    v + 3,
    v + 4,
    v + 5,
    v + 6,
    v + 7,
    v + 8,
    v + 9,
    v + 10,
    v + 11,
    v + 12,
    v + 13,
    v + 14,
    v + 15,
    v + 16,
    v + 17,
    v + 18,
    v + 19,
    v + 20,
    v + 21,
    v + 22,
    v + 23,
    v + 24,
    v + 25,
    v + 26,
    v + 27,
    v + 28,
    v + 29,
    v + 30,
]
starred = [
    1,
    *y,
    2,
]
as_tuple = (
    v,
    *y,
)
as_set = {
    v,
    *y,
}
print(big[-1], starred, as_tuple, sorted(as_set))
